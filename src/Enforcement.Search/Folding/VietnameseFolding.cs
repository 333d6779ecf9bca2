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
        var decomposed = Valid(text).Normalize(NormalizationForm.FormD);
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
            // A surrogate half cannot be normalized alone; emoji and the like are kept as they are.
            var parts = c < 0x80 || char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
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

    /// <summary>Lone surrogate halves (possible in JSON escapes) become U+FFFD, which normalization accepts.</summary>
    internal static string Valid(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static char? FoldChar(char c)
    {
        if (c < 0x80) return char.ToLowerInvariant(c);
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) return null;
        return c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
    }
}
