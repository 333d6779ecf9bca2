using System.Text;
using Enforcement.Search.Folding;
using Enforcement.Search.Querying;

namespace Enforcement.Search.Highlighting;

/// <summary>
/// Marks the words of a query in the original text, matching folded forms, so "nuoc mam" marks "Nước mắm".
/// The SQL backends use it; Elasticsearch highlights on its own, in the same &lt;mark&gt; form.
/// </summary>
public static class Highlighter
{
    public const string Open = "<mark>";
    public const string Close = "</mark>";

    /// <summary>
    /// The HTML-escaped text with matched words marked, or null when nothing matched. With a
    /// <paramref name="window"/>, only about that many characters around the first match are kept.
    /// </summary>
    public static string? Mark(string? text, ParsedQuery query, int? window = null)
    {
        if (string.IsNullOrEmpty(text) || query.MatchesAll) return null;
        var words = query.PositiveWords().ToList();
        var nfc = VietnameseFolding.Valid(text).Normalize(NormalizationForm.FormC);
        var folded = VietnameseFolding.FoldWithMap(nfc, out var origin);
        var spans = new List<(int Start, int End)>();   // in nfc, end exclusive
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsLetterOrDigit(folded[i])) { i++; continue; }
            var end = i;
            while (end < folded.Length && char.IsLetterOrDigit(folded[end])) end++;
            var word = folded[i..end];
            if (words.Any(w => w.Prefix ? word.StartsWith(w.Word, StringComparison.Ordinal) : word == w.Word))
                spans.Add((origin[i], origin[end - 1] + 1));
            i = end;
        }
        if (spans.Count == 0) return null;
        var (from, to) = (0, nfc.Length);
        if (window is { } w0 && nfc.Length > w0)
        {
            from = Math.Max(0, spans[0].Start - w0 / 4);
            to = Math.Min(nfc.Length, from + w0);
        }
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        var at = from;
        foreach (var (start, end) in spans.Where(s => s.Start >= from && s.End <= to))
        {
            sb.Append(Escape(nfc[at..start])).Append(Open).Append(Escape(nfc[start..end])).Append(Close);
            at = end;
        }
        sb.Append(Escape(nfc[at..to]));
        if (to < nfc.Length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>Escapes only what HTML needs (WebUtility would also turn "ú" into "&amp;#250;").</summary>
    private static string Escape(string text) =>
        text.IndexOfAny(['<', '>', '&', '"', '\'']) < 0 ? text
            : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>Title and description highlights for a hit, as <see cref="ListingHit.Highlights"/> holds them.</summary>
    public static IReadOnlyDictionary<string, string> For(string title, string? description, ParsedQuery query)
    {
        var result = new Dictionary<string, string>();
        if (Mark(title, query) is { } t) result["title"] = t;
        if (Mark(description, query, 200) is { } d) result["description"] = d;
        return result;
    }
}
