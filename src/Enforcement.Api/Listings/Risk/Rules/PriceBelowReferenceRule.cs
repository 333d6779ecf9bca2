using Enforcement.Api.Listings.Risk.Matching;

namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>
/// A price far below the matched product's reference minimum: points from <see cref="ListingRiskOptions.PriceMinPoints"/>
/// at the threshold growing linearly to <see cref="ListingRiskOptions.PriceMaxPoints"/> at the full discount.
/// </summary>
internal sealed class PriceBelowReferenceRule(ListingRiskOptions options) : IRiskRule
{
    public RiskFactor? Evaluate(RiskContext context)
    {
        // A zero or missing price is "contact the seller", not a bargain.
        if (context.Input.PriceVnd is not { } price || price <= 0) return null;
        if (context.Match is not { Brand: { } brand, Product: { } product }) return null;
        if (product.Product.MinPriceVnd is not { } min || min <= 0) return null;
        if (price >= min * options.PriceBelowRatio) return null;

        var discount = 100.0 * (min - price) / min;
        var start = (1 - options.PriceBelowRatio) * 100;
        var full = options.PriceFullDiscountPercent;
        var share = discount >= full ? 1.0 : (discount - start) / (full - start);
        var points = (int)Math.Round(options.PriceMinPoints + (options.PriceMaxPoints - options.PriceMinPoints) * Math.Clamp(share, 0, 1), MidpointRounding.AwayFromZero);
        var percent = (int)Math.Round(discount, MidpointRounding.AwayFromZero);
        return points <= 0 ? null : RiskTexts.PriceBelow(points, price, Math.Min(percent, 99), min, product.Product.MaxPriceVnd,
            Label(brand, product), product.Product.IsOcop);
    }

    /// <summary>"Louis Vuitton Neverfull MM", without repeating a brand the product's name already names.</summary>
    private static string Label(CompiledBrand brand, CompiledProduct product)
    {
        var name = TokenizedText.Of(product.Product.Name);
        return brand.Names.Any(n => name.Find(n, strictMarks: false).Any()) ? product.Product.Name : brand.Brand.Name + " " + product.Product.Name;
    }
}
