using Enforcement.Workflows.Definitions;

namespace Enforcement.Workflows.Runtime;

/// <summary>One allowed value of a choice field and its label by language ("vi", "en").</summary>
public sealed record FieldOption(string Value, IReadOnlyDictionary<string, string> Label);

/// <summary>
/// Options the application provides for choice fields that declare <c>"optionsFrom": "&lt;Name&gt;"</c> (e.g. the
/// violations of a decree). Register implementations in DI; the runtime validates input against them and the UI labels them.
/// </summary>
public interface IFieldOptionSource
{
    string Name { get; }
    IReadOnlyList<FieldOption> Options { get; }
}

/// <summary>Every registered <see cref="IFieldOptionSource"/>, by name.</summary>
public sealed class FieldOptions
{
    private readonly Dictionary<string, IReadOnlyList<FieldOption>> _byName;

    public FieldOptions(IEnumerable<IFieldOptionSource> sources)
    {
        _byName = new(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            if (!_byName.TryAdd(s.Name, s.Options)) throw new InvalidOperationException($"Two field option sources are named '{s.Name}'.");
        }
    }

    public static readonly FieldOptions None = new([]);

    public bool Has(string source) => _byName.ContainsKey(source);

    /// <summary>The field's allowed values with their labels: its own options (labelled by their value) or its source's.</summary>
    public IReadOnlyList<FieldOption> For(FieldDefinition field) =>
        field.OptionsFrom is { } source
            ? _byName.TryGetValue(source, out var options) ? options : throw new KeyNotFoundException($"No field option source '{source}'.")
            : field.Options.Select(o => new FieldOption(o, new Dictionary<string, string> { ["vi"] = o })).ToList();

    public bool Allows(FieldDefinition field, string value) =>
        field.OptionsFrom is { } source ? _byName.TryGetValue(source, out var options) && options.Any(o => o.Value == value) : field.Options.Contains(value);

    /// <summary>Definitions naming a source no one registered, e.g. "qltt-enforcement.v2.json: step 'x': field 'y' takes options from unknown source 'z'".</summary>
    public IReadOnlyList<string> Unknown(DefinitionCatalog catalog) =>
        (from d in catalog.All.OrderBy(d => d.SourceFile, StringComparer.Ordinal)
         from form in d.Steps.SelectMany(s => s.Form.Concat(s.Outcomes.SelectMany(o => o.Form)).Select(f => (Where: $"step '{s.Id}'", Field: f)))
             .Concat(d.Signals.SelectMany(g => g.Form.Select(f => (Where: $"signal '{g.Name}'", Field: f))))
         where form.Field.OptionsFrom is { } name && !Has(name)
         select $"{d.SourceFile}: {form.Where}: field '{form.Field.Name}' takes options from unknown source '{form.Field.OptionsFrom}'")
        .ToList();
}
