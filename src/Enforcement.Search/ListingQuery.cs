namespace Enforcement.Search;

/// <summary>A search as an inspector asks it: free text with operators, filters, sort and a page.</summary>
public sealed record ListingQuery
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    /// <summary>Longest query text accepted; longer is refused by the API and cut by <see cref="Querying.QueryParser"/>.</summary>
    public const int MaxTextLength = 500;

    /// <summary>Raw text: words, "phrases", -exclusions, OR, and word* prefixes. Empty matches everything.</summary>
    public string? Text { get; init; }
    /// <summary>Treats the last word as a prefix (type-ahead).</summary>
    public bool PrefixLastWord { get; init; }

    public IReadOnlyList<string> Platforms { get; init; } = [];
    public IReadOnlyList<string> Brands { get; init; } = [];
    public IReadOnlyList<string> Sellers { get; init; } = [];
    public IReadOnlyList<string> RiskBands { get; init; } = [];
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public string? Province { get; init; }
    public string? Ward { get; init; }
    public long? MinPrice { get; init; }
    public long? MaxPrice { get; init; }
    /// <summary>First seen on or after (UTC).</summary>
    public DateTime? FirstSeenFrom { get; init; }
    /// <summary>Last seen on or after (UTC).</summary>
    public DateTime? LastSeenFrom { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    public int PageSize { get; init; } = DefaultPageSize;
    /// <summary>The <see cref="ListingSearchResult.NextCursor"/> of the previous page.</summary>
    public string? Cursor { get; init; }
    public bool WithFacets { get; init; } = true;
    public bool WithHighlights { get; init; } = true;
}

/// <summary>Relevance falls back to newest when there is no text. Ties always break by id ascending.</summary>
public enum SearchSort
{
    Relevance,
    Risk,
    PriceAsc,
    PriceDesc,
    Newest,
}
