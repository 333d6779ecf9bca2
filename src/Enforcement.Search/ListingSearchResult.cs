namespace Enforcement.Search;

/// <summary>One page of hits, with the total and facet counts over every match (not just this page).</summary>
public sealed record ListingSearchResult(
    long Total,
    IReadOnlyList<ListingHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? NextCursor);

/// <summary>
/// A match. <see cref="Highlights"/> maps "title" and "description" (when matched) to the original text,
/// HTML-escaped, with matched words wrapped in &lt;mark&gt;…&lt;/mark&gt;.
/// </summary>
public sealed record ListingHit(long Id, double Score, IReadOnlyDictionary<string, string> Highlights);

public sealed record FacetCount(string Value, long Count);

/// <summary>The facet names every backend answers: top values by count (ties by value), at most <see cref="Size"/>.</summary>
public static class Facets
{
    public const string Platform = "platform";
    public const string Brand = "brand";
    public const string Seller = "seller";
    public const string Risk = "risk";
    public const int Size = 10;
    public static readonly string[] All = [Platform, Brand, Seller, Risk];
}
