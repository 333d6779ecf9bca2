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

    /// <summary>
    /// Types the input and checks it against reality: a date is a day between <paramref name="dates"/>' first day (the case's
    /// beginning) and its last (today, local time); a number is within the field's min and max, the bounds named in the code.
    /// </summary>
    public static (JsonObject Values, Dictionary<string, string[]> Errors) Validate(IReadOnlyList<FieldDefinition> fields, IReadOnlyDictionary<string, string?> input,
        FieldOptions options, (DateOnly First, DateOnly Last)? dates = null)
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
                    if (RangeError(f, number) is { } range) errors[f.Name] = [range];
                    else values[f.Name] = number;
                    break;
                case "date":
                    if (DateError(raw, dates) is { } dateError) errors[f.Name] = [dateError];
                    else values[f.Name] = raw;
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
    /// <summary>date, future_date or before_start|dd/MM/yyyy when the value is not a yyyy-MM-dd day within the dates, else null.</summary>
    private static string? DateError(string raw, (DateOnly First, DateOnly Last)? dates) =>
        !DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? "date"
        : dates is not { } d ? null
        : day > d.Last ? "future_date"
        : day < d.First ? "before_start|" + d.First.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        : null;

    /// <summary>between|min|max, at_least|min or at_most|max when the number is outside the field's bounds, else null.</summary>
    private static string? RangeError(FieldDefinition f, long number) => (f.Min, f.Max) switch
    {
        ({ } min, { } max) when number < min || number > max => $"between|{min}|{max}",
        ({ } min, null) when number < min => $"at_least|{min}",
        (null, { } max) when number > max => $"at_most|{max}",
        _ => null,
    };
}
