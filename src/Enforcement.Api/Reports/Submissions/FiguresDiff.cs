using System.Text.Json.Nodes;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>One figure that differs between two versions: its JSON path and both values (null when absent).</summary>
public sealed record FigureChange(string Path, JsonNode? From, JsonNode? To);

/// <summary>
/// A small diff over two figures documents: every leaf by path. Array items that carry an identifying code
/// (<c>key</c>, <c>month</c>, <c>wardCode</c>, <c>period</c>) are addressed by it, so one new row is one change, not a shift.
/// </summary>
internal static class FiguresDiff
{
    /// <summary>When the figures were computed is not a figure.</summary>
    private static readonly HashSet<string> Ignored = ["generatedAt"];
    private static readonly string[] IdentityProperties = ["key", "month", "wardCode", "period"];

    public static List<FigureChange> Compare(string fromJson, string toJson)
    {
        var from = Flatten(JsonNode.Parse(fromJson));
        var to = Flatten(JsonNode.Parse(toJson));
        var changes = new List<FigureChange>();
        foreach (var (path, old) in from)
        {
            to.TryGetValue(path, out var now);
            if (!Same(old, now)) changes.Add(new(path, old, now));
        }
        foreach (var (path, now) in to)
            if (!from.ContainsKey(path) && now is not null) changes.Add(new(path, null, now));
        return changes;
    }

    private static Dictionary<string, JsonNode?> Flatten(JsonNode? root)
    {
        var leaves = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        Walk(root, "", leaves);
        return leaves;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, JsonNode?> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (path.Length == 0 && Ignored.Contains(name)) continue;
                    Walk(child, path.Length == 0 ? name : $"{path}.{name}", leaves);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{Identity(array[i]) ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]", leaves);
                break;
            default:
                leaves[path] = node?.DeepClone();
                break;
        }
    }

    private static string? Identity(JsonNode? item) =>
        item is JsonObject obj
            ? IdentityProperties.Select(p => obj[p]).OfType<JsonValue>().Select(v => v.ToString()).FirstOrDefault()
            : null;

    private static bool Same(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(a, b);
}
