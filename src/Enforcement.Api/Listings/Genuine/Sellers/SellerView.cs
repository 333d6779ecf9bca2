namespace Enforcement.Api.Listings.Genuine.Sellers;

/// <summary>An authorized seller with its brand's name.</summary>
public sealed record SellerView(
    long Id, long BrandId, string BrandName, string Platform, string SellerPlatformId, string SellerName,
    DateOnly? ValidFrom, DateOnly? ValidTo, DateTime CreatedAt);
