using Enforcement.Api.Listings.Risk.Lexicon;
using Enforcement.Api.Listings.Risk.Rules;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Listings.Risk;

/// <summary>
/// Scores a listing's counterfeit risk: the sum of the rules' points, at most 100, with the factors strongest first.
/// Pure: the caller gathers the inputs and the reference snapshot from the database.
/// </summary>
internal sealed class RiskScorer
{
    private readonly IReadOnlyList<IRiskRule> rules;

    public RiskScorer(IOptions<ListingRiskOptions> options, CounterfeitLexicon lexicon)
    {
        var o = options.Value;
        rules =
        [
            new PriceBelowReferenceRule(o),
            new CounterfeitLexiconRule(o, lexicon),
            new UnauthorizedSellerRule(o),
            new SellerLowPricedListingsRule(o),
            new DuplicateImageRule(o),
            new DuplicateTitleRule(o),
            new NewlySeenRule(o),
        ];
    }

    public RiskAssessment Assess(RiskInput input, GenuineReference reference)
    {
        var context = RiskContext.For(input, reference);
        // OrderByDescending is stable: equal points keep the rules' order above.
        var factors = rules.Select(r => r.Evaluate(context)).OfType<RiskFactor>().Where(f => f.Points > 0)
            .OrderByDescending(f => f.Points).ToList();
        return new(Math.Min(100, factors.Sum(f => f.Points)), factors,
            context.Match.Brand?.Brand.Id, context.Match.Product?.Product.Id);
    }
}
