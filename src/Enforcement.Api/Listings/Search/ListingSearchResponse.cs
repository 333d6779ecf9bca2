namespace Enforcement.Api.Listings.Search;

/// <summary>A page of a listing search: hits with their risk factors, facet counts over every match, the next page's cursor.</summary>
public sealed record ListingSearchResponse(
    long Total, IReadOnlyList<ListingSearchHit> Hits, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets, string? NextCursor);

public sealed record ListingSearchHit(
    long Id, string Title, string Url, string Platform, long? Price, string? Brand, HitSeller? Seller, HitRisk Risk,
    IReadOnlyDictionary<string, string> Highlights, DateTime FirstSeenAt, DateTime LastSeenAt, string Status);

public sealed record HitSeller(string Id, string? Name, string? ShopUrl, string? Province);

/// <summary>The score 0–100, its band, and every factor that produced it, strongest first.</summary>
public sealed record HitRisk(int Score, string Band, IReadOnlyList<RiskFactorView> Factors);

public sealed record RiskFactorView(string Code, int Points, string Detail, string? DetailEnglish = null);

/// <summary>A facet bucket; <see cref="Label"/> is what a person reads (a seller's name) when it differs from the value.</summary>
public sealed record FacetValue(string Value, long Count, string? Label = null);
