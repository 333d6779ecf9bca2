namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>One seller offering many listings of one brand below its reference prices.</summary>
internal sealed class SellerLowPricedListingsRule(ListingRiskOptions options) : IRiskRule
{
    public RiskFactor? Evaluate(RiskContext context)
    {
        var count = context.Input.SellerLowPricedListingsOfBrand;
        if (options.SellerLowPricedListingsPoints <= 0 || count < options.SellerLowPricedListingsThreshold) return null;
        var brand = context.Match.Brand?.Brand.Name ?? context.Input.Brand?.Trim();
        return RiskTexts.SellerLowPriced(options.SellerLowPricedListingsPoints, count, string.IsNullOrEmpty(brand) ? "cùng nhãn hiệu" : brand);
    }
}
