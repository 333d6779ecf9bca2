namespace Enforcement.Api.Listings.Genuine.Products;

/// <summary>A genuine product with its brand's name; prices in VND.</summary>
public sealed record ProductView(
    long Id, long BrandId, string BrandName, string Name, IReadOnlyList<string> Keywords, string? Category,
    long? ReferencePriceMinVnd, long? ReferencePriceMaxVnd, bool IsOcop, int? OcopStars, string? OcopProvince,
    DateTime CreatedAt, DateTime UpdatedAt);
