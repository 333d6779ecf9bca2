using System.Globalization;
using System.Text.Json.Nodes;

namespace Enforcement.Api.Cases.Records;

/// <summary>Reads an outcome's typed values (the form validator already checked their types).</summary>
internal static class RecordValues
{
    public static string? Text(this JsonObject values, string name) =>
        values[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    public static long? Long(this JsonObject values, string name) => values[name] is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;

    public static bool Bool(this JsonObject values, string name) => values[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    public static DateOnly? Date(this JsonObject values, string name) =>
        values.Text(name) is { } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
