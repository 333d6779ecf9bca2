using System.Text;

namespace Enforcement.Api.Listings.Demo;

/// <summary>
/// Text helpers for the corpus: diacritics removed through a lookup table (string.Normalize per title would be
/// the slowest step of generation), URL slugs, and the ways real sellers type (ALL CAPS, NFD, no diacritics).
/// </summary>
internal static class CorpusText
{
    private static readonly char[] Base = BuildBase();

    private static char[] BuildBase()
    {
        var table = new char[0x2000];
        for (var c = 0; c < table.Length; c++)
        {
            var s = ((char)c).ToString();
            table[c] = c is >= 0xD800 and <= 0xDFFF ? (char)c : s.Normalize(NormalizationForm.FormD)[0];
        }
        table['đ'] = 'd';
        table['Đ'] = 'D';
        return table;
    }

    /// <summary>Removes Vietnamese tone and vowel marks, keeping case: "Túi xách ĐỒNG HỒ" → "Tui xach DONG HO".</summary>
    public static string StripMarks(string text) =>
        string.Create(CountKept(text), text, static (span, s) =>
        {
            var j = 0;
            foreach (var c in s)
            {
                if (IsMark(c)) continue;
                span[j++] = c < Base.Length ? Base[c] : c;
            }
        });

    private static int CountKept(string s)
    {
        var n = 0;
        foreach (var c in s) if (!IsMark(c)) n++;
        return n;
    }

    private static bool IsMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>A URL slug: marks removed, runs of anything else than letters and digits become one '-'.</summary>
    public static string Slug(string text, bool lower, int maxLength = 80)
    {
        Span<char> buffer = stackalloc char[maxLength];
        var n = 0;
        var dash = false;
        foreach (var raw in text)
        {
            if (IsMark(raw)) continue;
            var c = raw < Base.Length ? Base[raw] : raw;
            if (c < 0x80 && char.IsAsciiLetterOrDigit(c))
            {
                if (dash && n > 0 && n < maxLength) buffer[n++] = '-';
                dash = false;
                if (n >= maxLength) break;
                buffer[n++] = lower ? char.ToLowerInvariant(c) : c;
            }
            else dash = true;
        }
        while (n > 0 && buffer[n - 1] == '-') n--;
        return n == 0 ? "san-pham" : new string(buffer[..n]);
    }

    /// <summary>Lower-case letters and digits only, for shop handles: "Tạp hóa Minh Châu" → "taphoaminhchau".</summary>
    public static string Handle(string text, int maxLength = 24)
    {
        var slug = Slug(text, lower: true, maxLength * 2).Replace("-", "", StringComparison.Ordinal);
        return slug.Length > maxLength ? slug[..maxLength] : slug;
    }

    /// <summary>How a seller typed: mostly NFC with diacritics; some ALL CAPS, some NFD (pasted from macOS), some without marks.</summary>
    public enum Style { Nfc, Caps, Nfd, Plain }

    public static Style PickStyle(Random rng, bool counterfeit)
    {
        var r = rng.Next(100);
        if (r < (counterfeit ? 14 : 7)) return Style.Caps;
        if (r < (counterfeit ? 17 : 9)) return Style.Nfd;
        if (r < (counterfeit ? 27 : 14)) return Style.Plain;
        return Style.Nfc;
    }

    public static string Apply(string text, Style style) => style switch
    {
        Style.Caps => text.ToUpperInvariant(),
        Style.Nfd => text.Normalize(NormalizationForm.FormD),
        Style.Plain => StripMarks(text),
        _ => text,
    };

    /// <summary>Joins non-empty parts with single spaces.</summary>
    public static string Join(StringBuilder sb, params ReadOnlySpan<string> parts)
    {
        sb.Clear();
        foreach (var p in parts)
        {
            if (p.Length == 0) continue;
            if (sb.Length > 0 && sb[^1] != ' ' && p[0] != ' ') sb.Append(' ');
            sb.Append(p);
        }
        return sb.ToString();
    }
}
