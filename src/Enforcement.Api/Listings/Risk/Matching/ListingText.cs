namespace Enforcement.Api.Listings.Risk.Matching;

/// <summary>The words of a listing's brand field, title and description, cut once for all rules.</summary>
internal sealed record ListingText(TokenizedText Brand, TokenizedText Title, TokenizedText Description)
{
    public static ListingText Of(RiskInput input) =>
        new(TokenizedText.Of(input.Brand), TokenizedText.Of(input.Title), TokenizedText.Of(input.Description));
}
