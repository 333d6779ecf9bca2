using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Listings.Genuine.Brands;
using Enforcement.Api.Listings.Genuine.Products;
using Enforcement.Api.Listings.Genuine.Sellers;
using Enforcement.Api.Localization;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine.Import;

/// <summary>A line checked and applied to the tracked rows (not yet saved), or its errors by field.</summary>
internal sealed record RowResult(IReadOnlyDictionary<string, string[]>? Errors, bool Inserted, Func<long> BrandId);

/// <summary>One line of each kind: the same rules as the API, then an insert or an update by natural key.</summary>
internal static class ImportRows
{
    public static RowResult Refused(string field, string reason) => new(new Dictionary<string, string[]> { [field] = [reason] }, false, () => 0);

    private static RowResult Refused(FieldErrors errors) => new(errors.ToDictionary(), false, () => 0);

    public static async Task<RowResult> BrandAsync(EnforcementDbContext db, ImportLine line, DateTime now, CancellationToken ct)
    {
        var input = line.AsBrand();
        var errors = BrandRules.Validate(input);
        if (!errors.IsEmpty) return Refused(errors);
        var key = GenuineText.Key(input.Name!);
        var brand = await db.Set<Brand>().SingleOrDefaultAsync(b => b.NameKey == key, ct);
        var inserted = brand is null;
        brand ??= db.Add(new Brand { Name = "", NameKey = "" }).Entity;
        BrandRules.Apply(input, brand, now);
        return new RowResult(null, inserted, () => brand.Id);
    }

    public static async Task<RowResult> ProductAsync(EnforcementDbContext db, ImportLine line, DateTime now, CancellationToken ct)
    {
        var brandId = await BrandIdAsync(db, line.Brand, ct);
        var input = line.AsProduct(brandId ?? 0);
        var errors = ProductRules.Validate(input);
        AddBrandError(errors, line.Brand, brandId);
        if (!errors.IsEmpty) return Refused(errors);
        var key = GenuineText.Key(input.Name!);
        var product = await db.Set<GenuineProduct>().SingleOrDefaultAsync(p => p.BrandId == brandId && p.NameKey == key, ct);
        var inserted = product is null;
        product ??= db.Add(new GenuineProduct { Name = "", NameKey = "" }).Entity;
        ProductRules.Apply(input, product, brandId!.Value, now);
        return new RowResult(null, inserted, () => brandId.Value);
    }

    public static async Task<RowResult> SellerAsync(EnforcementDbContext db, ImportLine line, DateTime now, CancellationToken ct)
    {
        var brandId = await BrandIdAsync(db, line.Brand, ct);
        var input = line.AsSeller(brandId ?? 0);
        var errors = SellerRules.Validate(input);
        AddBrandError(errors, line.Brand, brandId);
        if (!errors.IsEmpty) return Refused(errors);
        var platform = SellerRules.PlatformCode(input.Platform!);
        var sellerId = input.SellerPlatformId!.Trim();
        var seller = await db.Set<AuthorizedSeller>().SingleOrDefaultAsync(s => s.BrandId == brandId && s.Platform == platform && s.SellerPlatformId == sellerId, ct);
        var inserted = seller is null;
        seller ??= db.Add(new AuthorizedSeller { Platform = "", SellerPlatformId = "", SellerName = "" }).Entity;
        SellerRules.Apply(input, seller, brandId!.Value, now);
        return new RowResult(null, inserted, () => brandId.Value);
    }

    private static async Task<long?> BrandIdAsync(EnforcementDbContext db, string? name, CancellationToken ct)
    {
        if (TextRules.IsBlank(name) || TextRules.HasControlCharacters(name, multiline: false) || name!.Length > GenuineLimits.Name) return null;
        var key = GenuineText.Key(name);
        return await db.Set<Brand>().Where(b => b.NameKey == key).Select(b => (long?)b.Id).SingleOrDefaultAsync(ct);
    }

    private static void AddBrandError(FieldErrors errors, string? name, long? brandId)
    {
        if (TextRules.IsBlank(name)) errors.Required("brand", "field.brand");
        else if (brandId is null) errors.Add("brand", Text.Get("genuine.brandNotFound"));
    }
}
