namespace Enforcement.Api.Listings;

/// <summary>
/// A marketplace listing (tin rao bán): one offer on Shopee, Lazada, Tiki, TikTok Shop, Facebook... identified
/// by its platform and the platform's own listing id. Imported, captured as evidence, or named in complaints.
/// </summary>
internal sealed class Listing
{
    public long Id { get; set; }
    /// <summary>Lower-case platform code ("shopee", "lazada", ..., "other").</summary>
    public required string Platform { get; set; }
    public required string PlatformListingId { get; set; }
    public required string Url { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public long? PriceVnd { get; set; }
    public long? OriginalPriceVnd { get; set; }
    public string? Brand { get; set; }
    public string? Category { get; set; }
    public string? SellerPlatformId { get; set; }
    public string? SellerName { get; set; }
    public string? SellerShopUrl { get; set; }
    public string? SellerProvince { get; set; }
    public string? SellerWard { get; set; }
    /// <summary>"platform:sellerId", unique across platforms; null without a seller id.</summary>
    public string? SellerKey { get; set; }
    /// <summary>Short hash of the title's folded words, so near-duplicate titles meet on one index key.</summary>
    public required string TitleFingerprint { get; set; }
    public required string Status { get; set; }
    public DateTime FirstSeenAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int RiskScore { get; set; }
    public string RiskBand { get; set; } = "low";
    /// <summary>The factors behind <see cref="RiskScore"/>, a JSON array, written by the risk rules.</summary>
    public string? RiskFactorsJson { get; set; }
    public DateTime? RiskComputedAt { get; set; }
}

internal static class ListingStatuses
{
    public const string Active = "active";
    public const string Removed = "removed";
}
