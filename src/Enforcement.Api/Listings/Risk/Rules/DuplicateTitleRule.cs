namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>The same title fingerprint offered by other sellers: points for one, more for each further seller.</summary>
internal sealed class DuplicateTitleRule(ListingRiskOptions options) : IRiskRule
{
    public RiskFactor? Evaluate(RiskContext context)
    {
        var others = context.Input.OtherSellersWithSameTitle;
        var points = NearDuplicates.Points(others, options.DuplicateTitlePoints, options.DuplicateTitlePointsPerExtraSeller, options.DuplicateTitleMaxPoints);
        return points > 0 ? RiskTexts.DuplicateTitle(points, others) : null;
    }
}
