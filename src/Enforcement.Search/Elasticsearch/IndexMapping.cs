using System.Text.Json.Nodes;

namespace Enforcement.Search.Elasticsearch;

/// <summary>
/// The settings and mapping of a versioned listings index. Text is matched through "folded" subfields whose
/// analyzer folds like <see cref="Folding.VietnameseFolding"/>: combining marks (NFD input) stripped, words are
/// runs of letters and digits, lowercase, asciifolding (which also maps đ to d). Prefixes are indexed
/// (<c>index_prefixes</c>, the edge n-grams search-as-you-type uses) so type-ahead stays a term lookup.
/// </summary>
internal static class IndexMapping
{
    /// <summary>Bumped when the mapping changes; kept in the mapping's _meta.</summary>
    public const int Version = 1;
    public const string Analyzer = "listing_folded";

    /// <summary>The body of <c>PUT /{index}</c>; with <paramref name="alias"/> the index is created already behind it.</summary>
    public static JsonObject CreateBody(int shards, string? alias, bool bulkLoad)
    {
        var index = new JsonObject { ["number_of_shards"] = shards };
        // A rebuild loads faster without refreshing, and is refreshed once before the alias moves.
        if (bulkLoad) index["refresh_interval"] = "-1";
        var body = new JsonObject
        {
            ["settings"] = new JsonObject { ["index"] = index, ["analysis"] = Analysis() },
            ["mappings"] = Mappings(),
        };
        if (alias is not null) body["aliases"] = new JsonObject { [alias] = new JsonObject() };
        return body;
    }

    private static JsonObject Analysis() => new()
    {
        ["char_filter"] = new JsonObject
        {
            ["strip_marks"] = new JsonObject { ["type"] = "pattern_replace", ["pattern"] = "\\p{M}+", ["replacement"] = "" },
        },
        ["tokenizer"] = new JsonObject
        {
            ["letters_digits"] = new JsonObject { ["type"] = "pattern", ["pattern"] = "[^\\p{L}\\p{N}]+" },
        },
        ["analyzer"] = new JsonObject
        {
            [Analyzer] = new JsonObject
            {
                ["type"] = "custom",
                ["char_filter"] = new JsonArray("strip_marks"),
                ["tokenizer"] = "letters_digits",
                ["filter"] = new JsonArray("lowercase", "asciifolding"),
            },
        },
    };

    private static JsonObject Mappings() => new()
    {
        ["dynamic"] = "strict",
        ["_meta"] = new JsonObject { ["mappingVersion"] = Version },
        ["properties"] = new JsonObject
        {
            ["id"] = Type("long"),
            ["platform"] = Type("keyword"),
            ["title"] = new JsonObject
            {
                ["type"] = "text",
                // title.keyword finds the same text offered by several sellers (near-duplicates).
                ["fields"] = new JsonObject { ["folded"] = Folded(), ["keyword"] = new JsonObject { ["type"] = "keyword", ["ignore_above"] = 512 } },
            },
            ["description"] = new JsonObject { ["type"] = "text", ["fields"] = new JsonObject { ["folded"] = Folded() } },
            ["brand"] = new JsonObject { ["type"] = "keyword", ["fields"] = new JsonObject { ["folded"] = Folded() } },
            ["category"] = Type("keyword"),
            ["seller"] = Type("keyword"),
            ["sellerName"] = new JsonObject { ["type"] = "keyword", ["fields"] = new JsonObject { ["folded"] = Folded() } },
            ["province"] = Type("keyword"),
            ["ward"] = Type("keyword"),
            ["price"] = Type("long"),
            ["risk"] = Type("integer"),
            ["riskBand"] = Type("keyword"),
            ["status"] = Type("keyword"),
            ["firstSeen"] = Type("date"),
            ["lastSeen"] = Type("date"),
        },
    };

    private static JsonObject Type(string type) => new() { ["type"] = type };

    private static JsonObject Folded() => new()
    {
        ["type"] = "text",
        ["analyzer"] = Analyzer,
        ["index_prefixes"] = new JsonObject { ["min_chars"] = 1, ["max_chars"] = 10 },
    };
}
