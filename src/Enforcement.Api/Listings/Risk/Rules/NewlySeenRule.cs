namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>A listing first seen within the last few days: counterfeit shops come and go quickly.</summary>
internal sealed class NewlySeenRule(ListingRiskOptions options) : IRiskRule
{
    public RiskFactor? Evaluate(RiskContext context)
    {
        if (options.NewlySeenPoints <= 0) return null;
        var age = context.Input.Now - context.Input.FirstSeenAt;
        // A first-seen time ahead of the clock (skew between machines) counts as today.
        if (age >= TimeSpan.FromDays(options.NewlySeenDays)) return null;
        return RiskTexts.NewlySeen(options.NewlySeenPoints, Math.Max(0, (int)age.TotalDays));
    }
}
