using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Listings.Genuine.Products;

/// <summary>A genuine product as typed. Prices are whole VND; <c>ocopStars</c> only for an OCOP product.</summary>
public sealed record ProductInput(
    long? BrandId, string? Name, List<string>? Keywords, string? Category,
    long? ReferencePriceMinVnd, long? ReferencePriceMaxVnd, bool? IsOcop, int? OcopStars, string? OcopProvince);

internal static class ProductRules
{
    /// <summary>Everything but the brand, which the caller resolves (by id in the API, by name in an import).</summary>
    public static FieldErrors Validate(ProductInput input, FieldErrors? errors = null)
    {
        var e = errors ?? new FieldErrors();
        GenuineChecks.Name(e, "name", input.Name, "field.productName");
        GenuineChecks.Words(e, "keywords", input.Keywords);
        GenuineChecks.Text(e, "category", input.Category, GenuineLimits.Category);
        GenuineChecks.Price(e, "referencePriceMinVnd", input.ReferencePriceMinVnd);
        GenuineChecks.Price(e, "referencePriceMaxVnd", input.ReferencePriceMaxVnd);
        if (input.ReferencePriceMinVnd is { } min && input.ReferencePriceMaxVnd is { } max && min > max)
            e.Add("referencePriceMaxVnd", Text.Get("genuine.priceOrder"));
        if (input.IsOcop == true)
        {
            if (input.OcopStars is not (>= GenuineLimits.MinOcopStars and <= GenuineLimits.MaxOcopStars)) e.Add("ocopStars", Text.Get("genuine.ocopStars"));
            GenuineChecks.Text(e, "ocopProvince", input.OcopProvince, GenuineLimits.Province);
        }
        else
        {
            if (input.OcopStars is not null) e.Add("ocopStars", Text.Get("genuine.ocopStarsNotOcop"));
            if (!TextRules.IsBlank(input.OcopProvince)) e.Add("ocopProvince", Text.Get("genuine.ocopStarsNotOcop"));
        }
        return e;
    }

    /// <summary>Writes a valid input onto the product (the whole record: a form or a line says what the product is).</summary>
    public static void Apply(ProductInput input, GenuineProduct product, long brandId, DateTime now)
    {
        product.BrandId = brandId;
        product.Name = input.Name!.Trim();
        product.NameKey = GenuineText.Key(product.Name);
        product.Keywords = GenuineText.Tidy(input.Keywords);
        product.Category = GenuineText.Optional(input.Category);
        product.ReferencePriceMinVnd = input.ReferencePriceMinVnd;
        product.ReferencePriceMaxVnd = input.ReferencePriceMaxVnd;
        product.IsOcop = input.IsOcop == true;
        product.OcopStars = product.IsOcop ? input.OcopStars : null;
        product.OcopProvince = product.IsOcop ? GenuineText.Optional(input.OcopProvince) : null;
        product.UpdatedAt = now;
        if (product.CreatedAt == default) product.CreatedAt = now;
    }
}
