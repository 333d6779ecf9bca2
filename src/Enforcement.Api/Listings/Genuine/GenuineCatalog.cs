using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine;

/// <summary>All reference data at once, as plain records, for the risk scorer (hundreds of rows: read whole, match in memory).</summary>
internal sealed record GenuineSnapshot(IReadOnlyList<BrandEntry> Brands, IReadOnlyList<ProductEntry> Products, IReadOnlyList<SellerEntry> Sellers);

/// <summary>A brand: <paramref name="NameKey"/> and the aliases are what a listing's brand or title is matched against (fold it with GenuineText.Key).</summary>
internal sealed record BrandEntry(long Id, string Name, string NameKey, IReadOnlyList<string> Aliases, bool Protected);

internal sealed record ProductEntry(
    long Id, long BrandId, string Name, IReadOnlyList<string> Keywords, string? Category,
    long? ReferencePriceMinVnd, long? ReferencePriceMaxVnd, bool IsOcop, int? OcopStars, string? OcopProvince);

internal sealed record SellerEntry(long Id, long BrandId, string Platform, string SellerPlatformId, string SellerName, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    /// <summary>Authorized on that (Vietnam) day: within its dates, both ends included.</summary>
    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}

internal sealed class GenuineCatalog(EnforcementDbContext db)
{
    public async Task<GenuineSnapshot> LoadAsync(CancellationToken ct)
    {
        var brands = await db.Set<Brand>().AsNoTracking().OrderBy(b => b.Id)
            .Select(b => new BrandEntry(b.Id, b.Name, b.NameKey, b.Aliases, b.Protected)).ToListAsync(ct);
        var products = await db.Set<GenuineProduct>().AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new ProductEntry(p.Id, p.BrandId, p.Name, p.Keywords, p.Category, p.ReferencePriceMinVnd, p.ReferencePriceMaxVnd, p.IsOcop, p.OcopStars, p.OcopProvince))
            .ToListAsync(ct);
        var sellers = await db.Set<AuthorizedSeller>().AsNoTracking().OrderBy(s => s.Id)
            .Select(s => new SellerEntry(s.Id, s.BrandId, s.Platform, s.SellerPlatformId, s.SellerName, s.ValidFrom, s.ValidTo)).ToListAsync(ct);
        return new GenuineSnapshot(brands, products, sellers);
    }
}
