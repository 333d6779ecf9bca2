using Enforcement.Search.Folding;

namespace Enforcement.Api.Listings.Genuine;

/// <summary>How names become keys, and how lists of short words (aliases, keywords) are tidied before they are stored.</summary>
internal static class GenuineText
{
    /// <summary>The folded name with runs of spaces made one: "  LOUIS   Vuitton" and "louis vuitton" are the same brand, "Nước mắm" and "nuoc mam" too.</summary>
    public static string Key(string name) => string.Join(' ', VietnameseFolding.Fold(name.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Trimmed, without blanks, and without two entries that fold alike (the first spelling wins).</summary>
    public static List<string> Tidy(IEnumerable<string?>? items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var item in items ?? [])
        {
            var trimmed = item?.Trim();
            if (string.IsNullOrEmpty(trimmed) || !seen.Add(Key(trimmed))) continue;
            result.Add(trimmed);
        }
        return result;
    }

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
