using System.Globalization;
using System.Text;
using Enforcement.Search.Folding;

namespace Enforcement.Api.Listings.Risk.Matching;

/// <summary>A word as written (lower case, NFC) and folded (no marks, đ → d).</summary>
internal readonly record struct Token(string Written, string Folded);

/// <summary>
/// Text cut into words for whole-word phrase matching. Letters and digits make words; ':' is a word of its own
/// so "1:1" is not "1 1" nor part of "11:11"; everything else separates.
/// </summary>
internal sealed class TokenizedText
{
    private TokenizedText(Token[] tokens)
    {
        Tokens = tokens;
        HasMarks = tokens.Any(t => t.Written != t.Folded);
    }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The writer uses Vietnamese marks, so a word written without them is another word ("nhai" is not "nhái").</summary>
    public bool HasMarks { get; }

    public static readonly TokenizedText Empty = new([]);

    public static TokenizedText Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Empty;
        var nfc = text.Normalize(NormalizationForm.FormC);
        var tokens = new List<Token>();
        var word = new StringBuilder();
        foreach (var c in nfc)
        {
            if (char.IsLetterOrDigit(c) || IsMark(c)) { word.Append(c); continue; }
            Flush(word, tokens);
            if (c == ':') tokens.Add(new(":", ":"));
        }
        Flush(word, tokens);
        return new([.. tokens]);
    }

    /// <summary>Where <paramref name="phrase"/> occurs as whole words; strict when marks must match as written.</summary>
    public IEnumerable<int> Find(TokenizedText phrase, bool strictMarks)
    {
        var p = phrase.Tokens;
        if (p.Count == 0) yield break;
        for (var i = 0; i + p.Count <= Tokens.Count; i++)
        {
            if (MatchesAt(i, p, strictMarks)) yield return i;
        }
    }

    /// <summary>Whether <paramref name="phrase"/> ends exactly before word <paramref name="end"/>.</summary>
    public bool EndsBefore(int end, TokenizedText phrase, bool strictMarks)
    {
        var start = end - phrase.Tokens.Count;
        return phrase.Tokens.Count > 0 && start >= 0 && MatchesAt(start, phrase.Tokens, strictMarks);
    }

    /// <summary>The whole text is the phrase, e.g. a brand field that reads exactly "LV".</summary>
    public bool IsExactly(TokenizedText phrase) =>
        Tokens.Count == phrase.Tokens.Count && MatchesAt(0, phrase.Tokens, strictMarks: false);

    private bool MatchesAt(int start, IReadOnlyList<Token> p, bool strictMarks)
    {
        for (var k = 0; k < p.Count; k++)
        {
            var t = Tokens[start + k];
            if (t.Folded != p[k].Folded) return false;
            if (strictMarks && t.Written != p[k].Written) return false;
        }
        return true;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static void Flush(StringBuilder word, List<Token> tokens)
    {
        if (word.Length == 0) return;
        var written = word.ToString().ToLowerInvariant();
        tokens.Add(new(written, VietnameseFolding.Fold(written)));
        word.Clear();
    }
}
