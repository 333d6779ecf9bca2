namespace Enforcement.Api.Listings.Genuine.Brands;

/// <summary>A brand with how many products and authorized sellers it has.</summary>
public sealed record BrandView(
    long Id, string Name, IReadOnlyList<string> Aliases, bool Protected, string? Owner, string? Notes,
    int ProductCount, int SellerCount, DateTime CreatedAt, DateTime UpdatedAt);
