using System.Text.Json;

namespace Enforcement.Api.Listings.Detail;

/// <summary>A listing with its risk, history and links, as an inspector reads it.</summary>
public sealed record ListingDetail(
    long Id, string Platform, string PlatformListingId, string Url, string Title, string? Description, long? PriceVnd, long? OriginalPriceVnd,
    string? Brand, string? Category, ListingSellerView Seller, IReadOnlyList<string> ImageHashes, string Status, string TitleFingerprint,
    DateTime FirstSeenAt, DateTime LastSeenAt, DateTime CreatedAt, DateTime UpdatedAt,
    ListingRiskView Risk, IReadOnlyList<ListingSnapshotView> History, IReadOnlyList<ListingLinkView> Links);

public sealed record ListingSellerView(string? Id, string? Key, string? Name, string? ShopUrl, string? Province, string? Ward);

/// <summary>Factors as the risk rules wrote them (a JSON array); empty until they have run.</summary>
public sealed record ListingRiskView(int Score, string Band, JsonElement Factors, DateTime? ComputedAt);

public sealed record ListingSnapshotView(DateTime SeenAt, long? PriceVnd, string Title, string Status, string Source);

/// <summary>Kind "complaint" (with the case's tracking code) or "evidence" (with the capture id and its case's code).</summary>
public sealed record ListingLinkView(long Id, string Kind, string? CaseCode, long? EvidenceCaptureId, DateTime CreatedAt, string CreatedBy);
