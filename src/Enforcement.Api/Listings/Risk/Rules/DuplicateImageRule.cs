namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>An image hash shared with other sellers' listings.</summary>
internal sealed class DuplicateImageRule(ListingRiskOptions options) : IRiskRule
{
    public RiskFactor? Evaluate(RiskContext context)
    {
        var others = context.Input.OtherSellersWithSameImage;
        var points = NearDuplicates.Points(others, options.DuplicateImagePoints, options.DuplicateImagePointsPerExtraSeller, options.DuplicateImageMaxPoints);
        return points > 0 ? RiskTexts.DuplicateImage(points, others) : null;
    }
}
