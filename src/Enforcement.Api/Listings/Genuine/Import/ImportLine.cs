using Enforcement.Api.Listings.Genuine.Brands;
using Enforcement.Api.Listings.Genuine.Products;
using Enforcement.Api.Listings.Genuine.Sellers;

namespace Enforcement.Api.Listings.Genuine.Import;

/// <summary>
/// One NDJSON line: <c>kind</c> says which fields count. A brand is named by <c>name</c>; a product and a seller name
/// their brand by <c>brand</c> (its name, any case or diacritics).
/// </summary>
internal sealed record ImportLine(
    string? Kind, string? Brand, string? Name, List<string>? Aliases, bool? Protected, string? Owner, string? Notes,
    List<string>? Keywords, string? Category, long? ReferencePriceMinVnd, long? ReferencePriceMaxVnd, bool? IsOcop, int? OcopStars, string? OcopProvince,
    string? Platform, string? SellerPlatformId, string? SellerName, DateOnly? ValidFrom, DateOnly? ValidTo)
{
    public BrandInput AsBrand() => new(Name, Aliases, Protected, Owner, Notes);

    public ProductInput AsProduct(long brandId) =>
        new(brandId, Name, Keywords, Category, ReferencePriceMinVnd, ReferencePriceMaxVnd, IsOcop, OcopStars, OcopProvince);

    public SellerInput AsSeller(long brandId) => new(brandId, Platform, SellerPlatformId, SellerName, ValidFrom, ValidTo);
}

/// <summary>What an import did, line by line: received = inserted + updated + rejected.</summary>
public sealed record ImportReport(int Received, int Inserted, int Updated, int Rejected, IReadOnlyList<ImportError> Errors);

/// <summary>Why one line was refused: its 1-based number, the field (or "$" for the whole line) and the reason.</summary>
public sealed record ImportError(int Line, string Field, string Reason);
