using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Enforcement.Search.Elasticsearch;

/// <summary>
/// How a search is ordered in Elasticsearch: one key, then the listing id ascending as the tiebreak, so that
/// <c>search_after</c> the last hit's sort values resumes exactly there. <see cref="Name"/> binds cursors to it.
/// </summary>
internal sealed record SortPlan(string Name, string Field, string Order, bool MissingLast = false)
{
    public bool ByScore => Field == "_score";

    /// <summary>Relevance without text falls back to newest first.</summary>
    public static SortPlan For(SearchSort sort, bool hasText) => sort switch
    {
        SearchSort.Relevance when hasText => new("score", "_score", "desc"),
        SearchSort.Risk => new("risk", "risk", "desc"),
        SearchSort.PriceAsc => new("price-asc", "price", "asc", MissingLast: true),
        SearchSort.PriceDesc => new("price-desc", "price", "desc", MissingLast: true),
        _ => new("newest", "firstSeen", "desc"),
    };

    public JsonArray Clauses()
    {
        var key = new JsonObject { ["order"] = Order };
        if (MissingLast) key["missing"] = "_last";
        return [new JsonObject { [Field] = key }, new JsonObject { ["id"] = new JsonObject { ["order"] = "asc" } }];
    }

    /// <summary>The cursor after a hit: its sort values exactly as the server gave them, with this plan's name.</summary>
    public string Cursor(JsonElement sortValues)
    {
        var wire = new JsonObject { ["s"] = Name, ["a"] = JsonNode.Parse(sortValues.GetRawText()) };
        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(wire));
    }

    /// <summary>The <c>search_after</c> values of <paramref name="cursor"/>, or a <see cref="SearchQueryException"/> when this sort did not make it.</summary>
    public JsonArray? SearchAfter(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            using var doc = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Object && ElasticsearchException.Text(root, "s") == Name
                && root.TryGetProperty("a", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() == 2
                && IsKey(values[0]) && values[1].ValueKind == JsonValueKind.Number && values[1].TryGetInt64(out _))
                return [JsonNode.Parse(values[0].GetRawText()), JsonNode.Parse(values[1].GetRawText())];
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException) { }
        throw new SearchQueryException("cursor", "The cursor is not from this search.");
    }

    // Scores are floats; every other key (risk, price, dates as epoch milliseconds) is a long.
    private bool IsKey(JsonElement value) => value.ValueKind == JsonValueKind.Number
        && (ByScore ? value.TryGetDouble(out var d) && double.IsFinite(d) : value.TryGetInt64(out _));
}
