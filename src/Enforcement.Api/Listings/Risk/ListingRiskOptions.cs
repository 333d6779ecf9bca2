using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Listings.Risk;

/// <summary>Weights and thresholds of the risk rules (section "ListingRisk"). Lexicon points live in the lexicon file.</summary>
internal sealed class ListingRiskOptions : IValidatableObject
{
    public const string Section = "ListingRisk";

    /// <summary>The price rule fires below the reference minimum times this ratio (0.5: half the minimum).</summary>
    [Range(0.01, 1.0)] public double PriceBelowRatio { get; set; } = 0.5;
    /// <summary>Points just below the threshold, growing linearly to <see cref="PriceMaxPoints"/>.</summary>
    [Range(0, 100)] public int PriceMinPoints { get; set; } = 25;
    [Range(0, 100)] public int PriceMaxPoints { get; set; } = 40;
    /// <summary>How far below the minimum (in percent) earns the full <see cref="PriceMaxPoints"/>.</summary>
    [Range(1, 100)] public int PriceFullDiscountPercent { get; set; } = 90;

    /// <summary>Cap on the sum of the lexicon terms found in one listing.</summary>
    [Range(0, 100)] public int LexiconMaxPoints { get; set; } = 45;

    [Range(0, 100)] public int UnauthorizedSellerPoints { get; set; } = 25;

    [Range(1, 100_000)] public int SellerLowPricedListingsThreshold { get; set; } = 5;
    [Range(0, 100)] public int SellerLowPricedListingsPoints { get; set; } = 15;

    [Range(0, 365)] public int NewlySeenDays { get; set; } = 7;
    [Range(0, 100)] public int NewlySeenPoints { get; set; } = 5;

    [Range(0, 100)] public int DuplicateTitlePoints { get; set; } = 10;
    [Range(0, 100)] public int DuplicateTitlePointsPerExtraSeller { get; set; } = 5;
    [Range(0, 100)] public int DuplicateTitleMaxPoints { get; set; } = 20;

    [Range(0, 100)] public int DuplicateImagePoints { get; set; } = 15;
    [Range(0, 100)] public int DuplicateImagePointsPerExtraSeller { get; set; } = 5;
    [Range(0, 100)] public int DuplicateImageMaxPoints { get; set; } = 25;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PriceMaxPoints < PriceMinPoints)
            yield return new("PriceMaxPoints must not be below PriceMinPoints.", [nameof(PriceMaxPoints)]);
        if (PriceFullDiscountPercent <= (1 - PriceBelowRatio) * 100)
            yield return new("PriceFullDiscountPercent must lie beyond the discount where the rule starts (1 - PriceBelowRatio).", [nameof(PriceFullDiscountPercent)]);
        if (DuplicateTitleMaxPoints < DuplicateTitlePoints)
            yield return new("DuplicateTitleMaxPoints must not be below DuplicateTitlePoints.", [nameof(DuplicateTitleMaxPoints)]);
        if (DuplicateImageMaxPoints < DuplicateImagePoints)
            yield return new("DuplicateImageMaxPoints must not be below DuplicateImagePoints.", [nameof(DuplicateImageMaxPoints)]);
    }
}
