using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Enforcement.Search.Highlighting;
using Enforcement.Search.Querying;

namespace Enforcement.Search.Elasticsearch;

/// <summary>
/// Highlights in the form every backend answers (<see cref="Highlighter"/>): asks Elasticsearch for whole fields
/// (html encoder, &lt;mark&gt; tags), then writes them as NFC text escaped the same way, each matched word marked on
/// its own (a phrase marked as one span becomes one mark per word), with an optional window of about that many
/// characters around the first match and "…" where text was cut. Lucene's encoder escapes "/" and "'" its own way,
/// so the text is decoded first and escaped again.
/// </summary>
internal static class HighlightFormat
{
    private static readonly string[] HighlightFields = ["title.folded", "description.folded"];

    /// <summary>
    /// Whole fields (no fragments), cut to a window afterwards as <see cref="Highlighter"/> does. Like it, every
    /// positive word is marked wherever it occurs (never exclusions). Prefix words are regexps: a prefix query on a
    /// field with index_prefixes is run on its hidden prefix field, which the highlighter does not see.
    /// </summary>
    public static JsonObject Request(ParsedQuery parsed)
    {
        var should = new JsonArray();
        foreach (var (word, prefix) in parsed.PositiveWords().Distinct())
        {
            if (!prefix)
            {
                should.Add(new JsonObject { ["multi_match"] = new JsonObject { ["query"] = word, ["fields"] = new JsonArray([.. HighlightFields.Select(f => (JsonNode)f)]) } });
                continue;
            }
            var pattern = word + ".*";   // words are letters and digits only: nothing to escape
            foreach (var field in HighlightFields)
                should.Add(new JsonObject { ["regexp"] = new JsonObject { [field] = new JsonObject { ["value"] = pattern } } });
        }
        var fields = new JsonObject();
        foreach (var field in HighlightFields) fields[field] = new JsonObject();
        return new JsonObject
        {
            ["pre_tags"] = new JsonArray(Highlighter.Open),
            ["post_tags"] = new JsonArray(Highlighter.Close),
            ["encoder"] = "html",
            ["number_of_fragments"] = 0,
            ["highlight_query"] = new JsonObject { ["bool"] = new JsonObject { ["should"] = should } },
            ["fields"] = fields,
        };
    }

    public static string? Render(string marked, int? window = null)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int End)>();
        var at = 0;
        while (at < marked.Length)
        {
            var open = marked.IndexOf(Highlighter.Open, at, StringComparison.Ordinal);
            if (open < 0) open = marked.Length;
            text.Append(Plain(marked[at..open]));
            if (open == marked.Length) break;
            var start = open + Highlighter.Open.Length;
            var close = marked.IndexOf(Highlighter.Close, start, StringComparison.Ordinal);
            if (close < 0) close = marked.Length;
            var span = Plain(marked[start..close]);
            AddWords(spans, text.Length, span);
            text.Append(span);
            at = Math.Min(marked.Length, close + Highlighter.Close.Length);
        }
        return spans.Count == 0 ? null : Write(text.ToString(), spans, window);
    }

    private static string Plain(string encoded) => WebUtility.HtmlDecode(encoded).Normalize(NormalizationForm.FormC);

    /// <summary>Marks every run of letters and digits inside a matched span.</summary>
    private static void AddWords(List<(int, int)> spans, int offset, string span)
    {
        var i = 0;
        while (i < span.Length)
        {
            if (!IsWordChar(span[i])) { i++; continue; }
            var end = i;
            while (end < span.Length && IsWordChar(span[end])) end++;
            spans.Add((offset + i, offset + end));
            i = end;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>As <see cref="Highlighter.Mark"/> writes its spans.</summary>
    private static string Write(string nfc, List<(int Start, int End)> spans, int? window)
    {
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
            sb.Append(Escape(nfc[at..start])).Append(Highlighter.Open).Append(Escape(nfc[start..end])).Append(Highlighter.Close);
            at = end;
        }
        sb.Append(Escape(nfc[at..to]));
        if (to < nfc.Length) sb.Append('…');
        return sb.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
