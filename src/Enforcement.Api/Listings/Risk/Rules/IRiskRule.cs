using Enforcement.Api.Listings.Risk.Matching;

namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>Everything a rule may look at: the listing, its words, and the brand/product it matched.</summary>
internal sealed record RiskContext(RiskInput Input, ListingText Text, BrandMatch Match)
{
    public static RiskContext For(RiskInput input, GenuineReference reference)
    {
        var text = ListingText.Of(input);
        return new(input, text, BrandMatcher.Match(text, CompiledReference.Of(reference)));
    }
}

/// <summary>One risk rule: a factor when it fires, null when it does not.</summary>
internal interface IRiskRule
{
    RiskFactor? Evaluate(RiskContext context);
}
