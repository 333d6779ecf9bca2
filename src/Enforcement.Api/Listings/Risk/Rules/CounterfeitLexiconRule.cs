using Enforcement.Api.Listings.Risk.Lexicon;

namespace Enforcement.Api.Listings.Risk.Rules;

/// <summary>Counterfeit wording in the title or description: the terms' points summed, up to a cap.</summary>
internal sealed class CounterfeitLexiconRule(ListingRiskOptions options, CounterfeitLexicon lexicon) : IRiskRule
{
    public RiskFactor? Evaluate(RiskContext context)
    {
        // Title and description apart: one may be written with marks and the other without.
        var terms = lexicon.FindIn(context.Text.Title).Concat(lexicon.FindIn(context.Text.Description)).Distinct().ToList();
        var points = Math.Min(options.LexiconMaxPoints, terms.Sum(t => t.Points));
        return points <= 0 ? null : RiskTexts.Lexicon(points, [.. terms.Select(t => t.Phrase)]);
    }
}
