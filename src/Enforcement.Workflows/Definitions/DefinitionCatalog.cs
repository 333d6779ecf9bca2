using System.Text.Json;

namespace Enforcement.Workflows.Definitions;

/// <summary>The process definitions read from a folder at start-up. Every version stays loaded, so running cases keep theirs.</summary>
public sealed class DefinitionCatalog
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, WorkflowDefinition> _byKey;

    public DefinitionCatalog(IEnumerable<WorkflowDefinition> definitions)
    {
        _byKey = definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<WorkflowDefinition> All => _byKey.Values;

    public WorkflowDefinition Latest(string id) =>
        _byKey.Values.Where(d => d.Id == id).MaxBy(d => d.Version) ?? throw new KeyNotFoundException($"No workflow definition '{id}'.");

    public WorkflowDefinition Get(string id, int version) =>
        _byKey.TryGetValue($"{id}@{version}", out var d) ? d : throw new KeyNotFoundException($"No workflow definition '{id}' version {version}.");

    public bool TryGet(string id, int version, out WorkflowDefinition definition) => _byKey.TryGetValue($"{id}@{version}", out definition!);

    /// <summary>Definition versions that running instances still follow but no file defines any more, e.g. "qltt-enforcement@1 (3 running)".</summary>
    public async Task<IReadOnlyList<string>> MissingForRunningAsync(Microsoft.EntityFrameworkCore.DbContext db, CancellationToken ct)
    {
        var used = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Set<Runtime.WorkflowInstance>().Where(i => i.Status == Runtime.InstanceStatuses.Running)
                .GroupBy(i => new { i.DefinitionId, i.DefinitionVersion }).Select(g => new { g.Key.DefinitionId, g.Key.DefinitionVersion, Count = g.Count() }), ct);
        return used.Where(u => !TryGet(u.DefinitionId, u.DefinitionVersion, out _)).OrderBy(u => u.DefinitionId).ThenBy(u => u.DefinitionVersion)
            .Select(u => $"{u.DefinitionId}@{u.DefinitionVersion} ({u.Count} running)").ToList();
    }

    /// <summary>
    /// Reads every *.json in the folder (not its schema/ subfolder), checks it against schema/workflow.schema.json
    /// when the folder has one, then what a schema cannot express; throws naming each bad file.
    /// </summary>
    public static DefinitionCatalog Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new InvalidWorkflowDefinitionException($"Workflow folder '{folder}' does not exist.");
        var schema = DefinitionSchema.TryLoad(folder);
        var definitions = new List<WorkflowDefinition>();
        var parsed = new List<WorkflowDefinition>();
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            try
            {
                var text = File.ReadAllText(file);
                var schemaErrors = schema?.Validate(text) ?? [];
                if (schemaErrors.Count > 0)
                {
                    problems.AddRange(schemaErrors.Select(e => $"{name}: {e}"));
                    continue;
                }
                var d = JsonSerializer.Deserialize<WorkflowDefinition>(text, Json) ?? throw new JsonException("empty file");
                d.SourceFile = name;
                parsed.Add(d);
                var errors = DefinitionValidator.Validate(d);
                if (errors.Count > 0) problems.AddRange(errors.Select(e => $"{name}: {e}"));
                else definitions.Add(d);
            }
            catch (JsonException ex)
            {
                problems.Add($"{name}: not a valid definition: {ex.Message}");
            }
        }
        foreach (var dup in definitions.GroupBy(d => d.Key).Where(g => g.Count() > 1))
            problems.Add($"{string.Join(", ", dup.Select(d => d.SourceFile))}: the same id and version '{dup.Key}' are defined twice");
        foreach (var d in definitions) problems.AddRange(DefinitionValidator.ValidateReferences(d, parsed).Select(e => $"{d.SourceFile}: {e}"));
        if (problems.Count > 0) throw new InvalidWorkflowDefinitionException("Invalid workflow definitions:\n  " + string.Join("\n  ", problems));
        return new DefinitionCatalog(definitions);
    }
}

public sealed class InvalidWorkflowDefinitionException(string message) : Exception(message);
