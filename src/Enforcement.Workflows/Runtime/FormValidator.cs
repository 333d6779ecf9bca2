using System.Globalization;
using System.Text.Json.Nodes;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Workflows.Runtime;

/// <summary>Checks the fields sent with an outcome against the step's and outcome's form, and types them.</summary>
internal static class FormValidator
{
    /// <summary>The longest text a form field, comment or reason may hold.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The error code for free text that is too long or holds control characters (line breaks and tabs are fine), else null.</summary>
    public static string? TextError(string? text) =>
        text is null ? null
        : text.Length > MaxTextLength ? "too_long"
        : text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')) ? "control_characters"
        : null;

    public static (JsonObject Values, Dictionary<string, string[]> Errors) Validate(IReadOnlyList<FieldDefinition> fields, IReadOnlyDictionary<string, string?> input, FieldOptions options)
    {
        var values = new JsonObject();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in input.Keys.Where(k => fields.All(f => f.Name != k))) errors[name] = ["unknown_field"];
        foreach (var f in fields)
        {
            var raw = input.TryGetValue(f.Name, out var v) ? v?.Trim() : null;
            if (string.IsNullOrEmpty(raw))
            {
                if ((f.Required || Ticked(f.RequiredWhen, input)) && f.Type != "boolean") errors[f.Name] = ["required"];
                if (f.Type == "boolean") values[f.Name] = false;
                continue;
            }
            switch (f.Type)
            {
                case "number" when !long.TryParse(raw.Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n):
                    errors[f.Name] = ["number"];
                    break;
                case "number":
                    var number = long.Parse(raw.Replace(".", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
                    if ((f.Min is { } min && number < min) || (f.Max is { } max && number > max)) errors[f.Name] = ["range"];
                    else values[f.Name] = number;
                    break;
                case "date" when !DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                    errors[f.Name] = ["date"];
                    break;
                case "boolean":
                    if (raw.ToLowerInvariant() is "true" or "on" or "1" or "yes") values[f.Name] = true;
                    else if (raw.ToLowerInvariant() is "false" or "off" or "0" or "no") values[f.Name] = false;
                    else errors[f.Name] = ["boolean"];
                    break;
                case "choice" when !options.Allows(f, raw):
                    errors[f.Name] = ["option"];
                    break;
                default:
                    if (TextError(raw) is { } problem) errors[f.Name] = [problem];
                    else values[f.Name] = raw;
                    break;
            }
        }
        return (values, errors);
    }

    private static bool Ticked(string? field, IReadOnlyDictionary<string, string?> input) =>
        field is not null && input.TryGetValue(field, out var v) && v?.Trim().ToLowerInvariant() is "true" or "on" or "1" or "yes";
}
