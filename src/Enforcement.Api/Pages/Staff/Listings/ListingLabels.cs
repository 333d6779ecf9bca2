using Enforcement.Api.Localization;
using Enforcement.Search;

namespace Enforcement.Api.Pages.Staff.Listings;

/// <summary>Words shown for listing codes, in the page's language.</summary>
internal static class ListingLabels
{
    public static string Platform(string code)
    {
        var label = Text.Platform(code);
        return label.StartsWith("platform.", StringComparison.Ordinal) ? code : label;
    }

    public static string Band(string band) => band switch
    {
        RiskBands.High => Text.Pick("Rủi ro cao", "High risk"), RiskBands.Medium => Text.Pick("Rủi ro trung bình", "Medium risk"), _ => Text.Pick("Rủi ro thấp", "Low risk"),
    };

    /// <summary>A risk factor's reason: English when the page is English and the rules wrote one.</summary>
    public static string Factor(string vietnamese, string? english) => Text.IsEnglish && !string.IsNullOrEmpty(english) ? english : vietnamese;
}
