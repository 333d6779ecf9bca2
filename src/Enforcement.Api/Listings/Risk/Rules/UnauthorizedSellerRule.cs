namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>A protected brand offered by a seller that is not among the brand's authorized sellers.</summary>
internal sealed class UnauthorizedSellerRule(ListingRiskOptions options) : IRiskRule
{
    public RiskFactor? Evaluate(RiskContext context)
    {
        if (options.UnauthorizedSellerPoints <= 0) return null;
        if (context.Match.Brand is not { Brand.Protected: true } brand) return null;
        var key = context.Input.SellerKey;
        if (!string.IsNullOrWhiteSpace(key) && brand.AuthorizedSellerKeys.Contains(key)) return null;
        return RiskTexts.UnauthorizedSeller(options.UnauthorizedSellerPoints, brand.Brand.Name, !string.IsNullOrWhiteSpace(key));
    }
}
