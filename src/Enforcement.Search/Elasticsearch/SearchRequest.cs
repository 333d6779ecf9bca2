using System.Text.Json.Nodes;
using Enforcement.Search.Querying;

namespace Enforcement.Search.Elasticsearch;

/// <summary>
/// The body of <c>_search</c> for a <see cref="ListingQuery"/>: the parsed query as a bool query over the folded
/// subfields (title counts most), filters, a sort ending on id, <c>search_after</c>, facets and highlights.
/// </summary>
internal static class SearchRequest
{
    /// <summary>Where words are looked for: a match in the title weighs three times one in the description.</summary>
    public static readonly string[] TextFields = ["title.folded^3", "brand.folded^2", "description.folded"];

    /// <summary>Asks one hit more than <paramref name="pageSize"/>, to know whether a next page exists.</summary>
    public static JsonObject Build(ListingQuery query, ParsedQuery parsed, SortPlan sort, JsonArray? searchAfter, int pageSize)
    {
        var body = new JsonObject
        {
            ["size"] = pageSize + 1,
            ["track_total_hits"] = true,
            ["_source"] = false,
            ["query"] = Query(query, parsed),
            ["sort"] = sort.Clauses(),
        };
        if (searchAfter is not null) body["search_after"] = searchAfter;
        if (query.WithFacets) body["aggs"] = Aggregations();
        if (query.WithHighlights && !parsed.MatchesAll) body["highlight"] = HighlightFormat.Request(parsed);
        return body;
    }

    private static JsonObject Query(ListingQuery query, ParsedQuery parsed)
    {
        var conditions = new JsonObject();
        if (parsed.Must.Count > 0) conditions["must"] = new JsonArray([.. parsed.Must.Select(Group)]);
        if (parsed.MustNot.Count > 0) conditions["must_not"] = new JsonArray([.. parsed.MustNot.Select(Clause)]);
        if (Filters(query) is { Count: > 0 } filters) conditions["filter"] = filters;
        return conditions.Count == 0 ? new JsonObject { ["match_all"] = new JsonObject() } : new JsonObject { ["bool"] = conditions };
    }

    /// <summary>An OR group matches when any of its clauses does.</summary>
    private static JsonNode Group(IReadOnlyList<QueryClause> group) => group.Count == 1
        ? Clause(group[0])
        : new JsonObject { ["bool"] = new JsonObject { ["should"] = new JsonArray([.. group.Select(Clause)]), ["minimum_should_match"] = 1 } };

    /// <summary>
    /// A word, a phrase (its words in order, within one field), or either with the last word as a prefix.
    /// Each is matched in title, brand or description; the words are already folded, the analyzer folds alike.
    /// </summary>
    private static JsonObject Clause(QueryClause clause)
    {
        var match = new JsonObject
        {
            ["query"] = string.Join(' ', clause.Words),
            ["fields"] = new JsonArray([.. TextFields.Select(f => (JsonNode)f)]),
            ["type"] = (clause.IsPhrase, clause.Prefix) switch
            {
                (true, true) => "phrase_prefix",
                (true, false) => "phrase",
                (false, true) => "bool_prefix",
                _ => "best_fields",
            },
        };
        if (!clause.IsPhrase) match["operator"] = "and";
        return new JsonObject { ["multi_match"] = match };
    }

    private static JsonArray Filters(ListingQuery q)
    {
        var filters = new JsonArray();
        Terms(filters, "platform", q.Platforms);
        Terms(filters, "brand", q.Brands);
        Terms(filters, "seller", q.Sellers);
        Terms(filters, "riskBand", q.RiskBands);
        Terms(filters, "status", q.Statuses);
        if (q.Province is not null) filters.Add(new JsonObject { ["term"] = new JsonObject { ["province"] = q.Province } });
        if (q.Ward is not null) filters.Add(new JsonObject { ["term"] = new JsonObject { ["ward"] = q.Ward } });
        if (q.MinPrice is not null || q.MaxPrice is not null)
        {
            var range = new JsonObject();
            if (q.MinPrice is { } min) range["gte"] = min;
            if (q.MaxPrice is { } max) range["lte"] = max;
            filters.Add(new JsonObject { ["range"] = new JsonObject { ["price"] = range } });
        }
        if (q.FirstSeenFrom is { } first) filters.Add(From("firstSeen", first));
        if (q.LastSeenFrom is { } last) filters.Add(From("lastSeen", last));
        return filters;
    }

    private static void Terms(JsonArray filters, string field, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
            filters.Add(new JsonObject { ["terms"] = new JsonObject { [field] = new JsonArray([.. values.Select(v => (JsonNode)v)]) } });
    }

    private static JsonObject From(string field, DateTime from) =>
        new() { ["range"] = new JsonObject { [field] = new JsonObject { ["gte"] = BulkRequest.Date(from) } } };

    /// <summary>Top values by count, ties by value, over every match; a listing without the field is in no bucket.</summary>
    private static JsonObject Aggregations()
    {
        var aggs = new JsonObject();
        foreach (var (facet, field) in FacetFields)
        {
            aggs[facet] = new JsonObject
            {
                ["terms"] = new JsonObject
                {
                    ["field"] = field,
                    ["size"] = Facets.Size,
                    ["order"] = new JsonArray(new JsonObject { ["_count"] = "desc" }, new JsonObject { ["_key"] = "asc" }),
                },
            };
        }
        return aggs;
    }

    public static readonly (string Facet, string Field)[] FacetFields =
        [(Facets.Platform, "platform"), (Facets.Brand, "brand"), (Facets.Seller, "seller"), (Facets.Risk, "riskBand")];
}
