using System.Text.Json;
using Enforcement.Api.Listings.Risk.Matching;

namespace Enforcement.Api.Listings.Risk.Lexicon;

/// <summary>A phrase of the counterfeit lexicon (từ ngữ hàng giả) with its points.</summary>
/// <param name="Phrase">The phrase as the lexicon writes it, shown to the inspector.</param>
/// <param name="Points">What the phrase adds to the lexicon factor.</param>
/// <param name="Language">"vi" or "en".</param>
/// <param name="Words">The phrase cut into words.</param>
/// <param name="StrictMarks">Its folded form is an everyday word, so in text written with marks it must carry its own.</param>
internal sealed record LexiconTerm(string Phrase, int Points, string Language, TokenizedText Words, bool StrictMarks);

/// <summary>
/// The counterfeit lexicon, kept as data (counterfeit-lexicon.json, embedded). Terms match as whole words; where
/// phrases overlap the longest wins ("hàng copy" over "copy", "tỉ lệ 1:1" hides "1:1"); a negation just before a
/// term ("không phải hàng nhái") cancels it. Exceptions and negations match folded, so they hide rather than miss.
/// </summary>
internal sealed class CounterfeitLexicon
{
    public const string ResourceName = "listing-risk/counterfeit-lexicon.json";
    private static readonly Lazy<CounterfeitLexicon> EmbeddedLexicon = new(LoadEmbedded);

    private CounterfeitLexicon(IReadOnlyList<LexiconTerm> terms, IReadOnlyList<TokenizedText> exceptions, IReadOnlyList<TokenizedText> negations)
    {
        (Terms, Exceptions, Negations) = (terms, exceptions, negations);
    }

    public IReadOnlyList<LexiconTerm> Terms { get; }
    public IReadOnlyList<TokenizedText> Exceptions { get; }
    public IReadOnlyList<TokenizedText> Negations { get; }

    public static CounterfeitLexicon Embedded => EmbeddedLexicon.Value;

    /// <summary>The terms found in <paramref name="text"/>, each once, in order of appearance.</summary>
    public IReadOnlyList<LexiconTerm> FindIn(TokenizedText text)
    {
        var hits = new List<(int Start, int Length, LexiconTerm? Term, bool Negated)>();
        foreach (var term in Terms)
        {
            foreach (var at in text.Find(term.Words, term.StrictMarks && text.HasMarks))
                hits.Add((at, term.Words.Tokens.Count, term, Negations.Any(n => text.EndsBefore(at, n, strictMarks: false))));
        }
        if (hits.Count == 0) return [];
        foreach (var exception in Exceptions)
        {
            foreach (var at in text.Find(exception, strictMarks: false)) hits.Add((at, exception.Tokens.Count, null, false));
        }

        var taken = new bool[text.Tokens.Count];
        var kept = new List<(int Start, LexiconTerm Term)>();
        foreach (var hit in hits.OrderByDescending(h => h.Length).ThenBy(h => h.Term is null ? 0 : 1).ThenByDescending(h => h.Term?.Points ?? 0))
        {
            if (Enumerable.Range(hit.Start, hit.Length).Any(i => taken[i])) continue;
            for (var i = hit.Start; i < hit.Start + hit.Length; i++) taken[i] = true;
            if (hit.Term is { } term && !hit.Negated) kept.Add((hit.Start, term));
        }
        return [.. kept.OrderBy(k => k.Start).Select(k => k.Term).Distinct()];
    }

    public static CounterfeitLexicon Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<LexiconFile>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("The counterfeit lexicon is empty.");
        var terms = new List<LexiconTerm>();
        foreach (var t in file.Terms)
        {
            var words = TokenizedText.Of(t.Phrase);
            if (words.Tokens.Count == 0 || t.Points is < 0 or > 100)
                throw new InvalidDataException($"Counterfeit lexicon term \"{t.Phrase}\" needs words and 0–100 points.");
            if (terms.Any(x => x.Words.Tokens.SequenceEqual(words.Tokens)))
                throw new InvalidDataException($"Counterfeit lexicon term \"{t.Phrase}\" appears twice.");
            if (t.Marks is not (null or "strict"))
                throw new InvalidDataException($"Counterfeit lexicon term \"{t.Phrase}\": marks is \"strict\" or absent.");
            terms.Add(new(t.Phrase, t.Points, t.Language ?? "", words, t.Marks == "strict"));
        }
        return new(terms, Compile(file.Exceptions?.Phrases), Compile(file.Negations?.Phrases));
    }

    private static TokenizedText[] Compile(IEnumerable<string>? phrases) =>
        [.. (phrases ?? []).Select(TokenizedText.Of).Where(t => t.Tokens.Count > 0)];

    private static CounterfeitLexicon LoadEmbedded()
    {
        using var stream = typeof(CounterfeitLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The counterfeit lexicon is not embedded.");
        return Load(stream);
    }

    private sealed record LexiconFile(List<TermRow> Terms, PhraseList? Exceptions, PhraseList? Negations);
    private sealed record TermRow(string Phrase, int Points, string? Language, string? Marks);
    private sealed record PhraseList(List<string> Phrases);
}
