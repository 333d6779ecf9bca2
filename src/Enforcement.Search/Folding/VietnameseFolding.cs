using System.Globalization;
using System.Text;

namespace Enforcement.Search.Folding;

/// <summary>
/// Folds Vietnamese for matching: lower case, tone and vowel marks removed, đ/Đ to d (Unicode does not
/// decompose đ, so FormD alone leaves it). NFC and NFD input fold alike.
/// </summary>
public static class VietnameseFolding
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (FoldChar(c) is { } f) sb.Append(f);
        }
        return sb.ToString();
    }

    /// <summary>The folded words (runs of letters and digits) of <paramref name="text"/>.</summary>
    public static List<string> Words(string? text)
    {
        var folded = Fold(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// Folds <paramref name="nfc"/> keeping, for every folded character, the index of the character it came from,
    /// so that matches found in folded text can be marked in the original.
    /// </summary>
    internal static string FoldWithMap(string nfc, out int[] origin)
    {
        var sb = new StringBuilder(nfc.Length);
        var map = new List<int>(nfc.Length);
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            var parts = c < 0x80 ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var p in parts)
            {
                if (FoldChar(p) is not { } f) continue;
                sb.Append(f);
                map.Add(i);
            }
        }
        origin = [.. map];
        return sb.ToString();
    }

    private static char? FoldChar(char c)
    {
        if (c < 0x80) return char.ToLowerInvariant(c);
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) return null;
        return c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
    }
}
