namespace Enforcement.Search;

/// <summary>
/// A listing (tin rao bán) as the index holds it: text to match, fields to filter, facet and sort on.
/// Display data (URL, risk factors) is read back from the database by id.
/// </summary>
public sealed record ListingDocument
{
    public required long Id { get; init; }
    /// <summary>Platform code, e.g. "shopee", "lazada", "tiki", "tiktok_shop", "facebook".</summary>
    public required string Platform { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? Brand { get; init; }
    public string? Category { get; init; }
    /// <summary>The seller's key, unique across platforms ("shopee:12345"); facets and filters use it.</summary>
    public string? Seller { get; init; }
    public string? SellerName { get; init; }
    public string? Province { get; init; }
    public string? Ward { get; init; }
    /// <summary>Price in VND (đồng).</summary>
    public long? Price { get; init; }
    /// <summary>Counterfeit risk 0–100.</summary>
    public int Risk { get; init; }
    /// <summary>"high", "medium" or "low" (see <see cref="RiskBands"/>).</summary>
    public required string RiskBand { get; init; }
    /// <summary>"active" or "removed".</summary>
    public required string Status { get; init; }
    public required DateTime FirstSeen { get; init; }
    public required DateTime LastSeen { get; init; }
}

public static class RiskBands
{
    public const string High = "high";
    public const string Medium = "medium";
    public const string Low = "low";

    public static string Of(int score) => score >= 60 ? High : score >= 30 ? Medium : Low;
}
