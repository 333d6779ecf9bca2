using System.Globalization;
using System.Text.RegularExpressions;

namespace Enforcement.Evidence.Listings;

/// <summary>Vietnamese prices to whole đồng: "1.250.000 ₫", "1,250,000đ", "1.250.000 VND", "1250000.00".</summary>
internal static partial class VndPrice
{
    // Thousands grouped by '.', ',' or a space, or plain digits; an optional 1-2 digit decimal tail is dropped (VND has no subunit).
    [GeneratedRegex(@"(?<int>\d{1,3}(?:[.,\u00A0\u202F ]\d{3})+|\d+)(?:[.,](?<frac>\d{1,2}))?(?!\d)")]
    private static partial Regex Number();

    public static long? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var match = Number().Match(text);
        if (!match.Success) return null;
        var digits = new string(match.Groups["int"].Value.Where(char.IsAsciiDigit).ToArray());
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
