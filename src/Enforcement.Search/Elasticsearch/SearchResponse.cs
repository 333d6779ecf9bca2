using System.Globalization;
using System.Text.Json;

namespace Enforcement.Search.Elasticsearch;

/// <summary>Reads a <c>_search</c> answer: total, hits with highlights and sort values, terms aggregations.</summary>
internal static class SearchResponse
{
    public static ListingSearchResult Read(string body, SortPlan sort, int pageSize, bool withFacets)
    {
        using var doc = JsonDocument.Parse(body);
        var root = doc.RootElement;
        var hitsObject = root.GetProperty("hits");
        var total = hitsObject.GetProperty("total") is var t && t.ValueKind == JsonValueKind.Object ? t.GetProperty("value").GetInt64() : t.GetInt64();
        var raw = hitsObject.GetProperty("hits").EnumerateArray().ToList();
        var hits = raw.Take(pageSize).Select(Hit).ToList();
        // One hit more than the page was asked for: when it came, the page's last hit is where the next one starts.
        var next = raw.Count > pageSize ? sort.Cursor(raw[pageSize - 1].GetProperty("sort")) : null;
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        if (withFacets)
        {
            root.TryGetProperty("aggregations", out var aggs);
            foreach (var (facet, _) in SearchRequest.FacetFields) facets[facet] = Buckets(aggs, facet);
        }
        return new ListingSearchResult(total, hits, facets, next);
    }

    private static ListingHit Hit(JsonElement hit)
    {
        var id = long.Parse(hit.GetProperty("_id").GetString()!, CultureInfo.InvariantCulture);
        var score = hit.TryGetProperty("_score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() : 0;
        var highlights = new Dictionary<string, string>();
        if (hit.TryGetProperty("highlight", out var h))
        {
            if (Field(h, "title.folded", null) is { } title) highlights["title"] = title;
            if (Field(h, "description.folded", 200) is { } description) highlights["description"] = description;
        }
        return new ListingHit(id, score, highlights);
    }

    private static string? Field(JsonElement highlight, string field, int? window) =>
        highlight.TryGetProperty(field, out var fragments) && fragments.ValueKind == JsonValueKind.Array
            ? HighlightFormat.Render(string.Concat(fragments.EnumerateArray().Select(f => f.GetString())), window)
            : null;

    private static List<FacetCount> Buckets(JsonElement aggs, string name)
    {
        if (aggs.ValueKind != JsonValueKind.Object || !aggs.TryGetProperty(name, out var agg)) return [];
        return [.. agg.GetProperty("buckets").EnumerateArray().Select(b => new FacetCount(
            b.TryGetProperty("key_as_string", out var k) ? k.GetString()! : b.GetProperty("key").ToString(),
            b.GetProperty("doc_count").GetInt64()))];
    }
}
