using System.Text;
using Enforcement.Search.Folding;

namespace Enforcement.Search.Querying;

/// <summary>
/// Reads an inspector's query: words, "phrases", -exclusions, OR (or |) between items, and word* prefixes.
/// Never fails: an unbalanced quote reads the rest as plain words, a lone "-" or stray punctuation is
/// dropped, control characters are spaces, and text past <see cref="ListingQuery.MaxTextLength"/> is cut.
/// </summary>
public static class QueryParser
{
    public const int MaxClauses = 16;

    public static ParsedQuery Parse(string? text, bool prefixLastWord = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return ParsedQuery.Empty;
        var input = Clean(text);
        var must = new List<List<QueryClause>>();
        var mustNot = new List<QueryClause>();
        var orPending = false;
        var i = 0;
        while (i < input.Length && must.Count + mustNot.Count < MaxClauses)
        {
            if (char.IsWhiteSpace(input[i])) { i++; continue; }
            var negated = false;
            if (input[i] == '-')
            {
                negated = true;
                i++;
                if (i >= input.Length || char.IsWhiteSpace(input[i])) continue;   // a lone "-"
            }
            string raw;
            var quoted = false;
            if (input[i] == '"' && input.IndexOf('"', i + 1) is var close and > 0)
            {
                raw = input[(i + 1)..close];
                quoted = true;
                i = close + 1;
            }
            else
            {
                var end = i;
                while (end < input.Length && !char.IsWhiteSpace(input[end])) end++;
                raw = input[i..end].Replace("\"", " ", StringComparison.Ordinal);
                i = end;
            }
            if (!quoted && !negated && (raw == "OR" || raw == "|"))
            {
                orPending = must.Count > 0;
                continue;
            }
            var words = VietnameseFolding.Words(raw);
            if (words.Count == 0) continue;
            var clause = new QueryClause(words, !quoted && raw.EndsWith('*'));
            if (negated) mustNot.Add(clause);
            else if (orPending) must[^1].Add(clause);
            else must.Add([clause]);
            orPending = false;
        }
        if (prefixLastWord && must.Count > 0)
        {
            var last = must[^1][^1];
            must[^1][^1] = last with { Prefix = true };
        }
        return new ParsedQuery(must, mustNot);
    }

    private static string Clean(string text)
    {
        var cut = text.Length > ListingQuery.MaxTextLength ? text[..ListingQuery.MaxTextLength] : text;
        var sb = new StringBuilder(cut.Length);
        foreach (var c in cut) sb.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
