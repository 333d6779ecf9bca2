using NJsonSchema;
using NJsonSchema.Validation;

namespace Enforcement.Workflows.Definitions;

/// <summary>workflows/schema/workflow.schema.json, the contract editors and the loader share.</summary>
internal sealed class DefinitionSchema(JsonSchema schema)
{
    public const string RelativePath = "schema/workflow.schema.json";

    public static DefinitionSchema? TryLoad(string folder)
    {
        var path = Path.Combine(folder, RelativePath);
        if (!File.Exists(path)) return null;
        try
        {
            // Loaded once at start-up, before the host runs: blocking here is harmless.
            return new DefinitionSchema(JsonSchema.FromFileAsync(path).GetAwaiter().GetResult());
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or InvalidOperationException)
        {
            throw new InvalidWorkflowDefinitionException($"{RelativePath}: not a usable JSON schema: {ex.Message}");
        }
    }

    /// <summary>Every violation, innermost first, as "path: kind".</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        try
        {
            return Flatten(schema.Validate(json)).Distinct().ToList();
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            return [$"not valid JSON: {ex.Message}"];
        }
    }

    private static IEnumerable<string> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var e in errors)
        {
            if (e is ChildSchemaValidationError child && child.Errors.Count > 0)
            {
                foreach (var inner in Flatten(child.Errors.SelectMany(kv => kv.Value))) yield return inner;
            }
            else
            {
                var path = e.Path?.TrimStart('#', '/') is { Length: > 0 } p ? p : "(root)";
                yield return e.Property is { } prop ? $"{path}: {e.Kind} '{prop}'" : $"{path}: {e.Kind}";
            }
        }
    }
}
