using System.Text;

namespace Enforcement.Api.Listings.Demo;

/// <summary>Titles (tiêu đề) and descriptions (mô tả) the way Vietnamese sellers write them.</summary>
internal static class CorpusTitles
{
    private static readonly string[] LuxuryExtras = ["", "", " xách tay Pháp, fullbill", " new 100%", " fullset hóa đơn", " like new 99%"];

    public static string Genuine(Random rng, ProductLine line, string model, StringBuilder sb)
    {
        var brand = line.Brand ?? "";
        if (!line.Luxury && rng.Next(100) < 10)
        {
            var en = CorpusPick.One(rng, line.EnglishNouns);
            return rng.Next(3) switch
            {
                0 => CorpusText.Join(sb, brand, model, en, "- Authentic"),
                1 => CorpusText.Join(sb, "Genuine", brand, model, en),
                _ => CorpusText.Join(sb, brand, model, en, line.Brand is null ? "" : "Official"),
            };
        }
        var noun = CorpusPick.One(rng, line.Nouns);
        if (line.Luxury)
        {
            // Luxury brands in full, "chính hãng" and a genuine price: the contrast to the "LV ... like auth" fakes.
            var lux = rng.Next(2) == 0 ? "Túi" : noun;
            if (line.Category != CorpusCatalog.Bags) lux = noun;
            return CorpusText.Join(sb, lux, brand, model, "chính hãng") + CorpusPick.One(rng, LuxuryExtras);
        }
        var extra = CorpusPick.One(rng, CorpusPhrases.GenuineExtras);
        if (line.Brand is null) return CorpusText.Join(sb, noun, model) + extra;
        return rng.Next(6) switch
        {
            0 => CorpusText.Join(sb, noun, brand, model, "chính hãng") + extra,
            1 or 2 => CorpusText.Join(sb, noun, brand, model) + extra,
            3 => CorpusText.Join(sb, "[Chính hãng]", noun, brand, model) + extra,
            4 => CorpusText.Join(sb, brand, model, "-", noun, "chính hãng"),
            _ => CorpusText.Join(sb, noun, brand, model, "- Hàng chính hãng"),
        };
    }

    public static string Counterfeit(Random rng, ProductLine line, string model, StringBuilder sb)
    {
        var alias = line.Aliases.Length == 0 ? "" : CorpusPick.One(rng, line.Aliases);
        if (rng.Next(100) < 12)
            return CorpusText.Join(sb, alias, model, CorpusPick.One(rng, line.EnglishNouns), CorpusPick.One(rng, CorpusPhrases.EnglishLexicon));
        var noun = CorpusPick.One(rng, line.Nouns);
        var lex = CorpusPick.One(rng, CorpusPhrases.TitleLexicon);
        var extra = CorpusPick.One(rng, CorpusPhrases.FakeExtras);
        return rng.Next(10) switch
        {
            < 4 => CorpusText.Join(sb, noun, alias, model, lex) + extra,
            < 6 => CorpusText.Join(sb, alias, model, lex, noun) + extra,
            < 8 => CorpusText.Join(sb, "[" + lex.ToUpperInvariant() + "]", noun, alias, model) + extra,
            // The lexicon only in the description: the title alone looks clean.
            _ => CorpusText.Join(sb, noun, alias, model) + extra,
        };
    }

    /// <summary>The acceptance scenario's fake: "Túi xách LV Neverfull MM like auth 1:1".</summary>
    public static string LouisVuittonLikeAuth(Random rng, ProductLine line, StringBuilder sb) =>
        CorpusText.Join(sb, "Túi xách LV", CorpusPick.One(rng, line.Models), "like auth 1:1") + CorpusPick.One(rng, CorpusPhrases.FakeExtras);

    /// <summary>One to four sentences; a counterfeit's always has a lexicon sentence.</summary>
    public static string Description(Random rng, int category, bool counterfeit, StringBuilder sb)
    {
        sb.Clear();
        var count = 1 + rng.Next(4);
        if (counterfeit)
        {
            Append(sb, CorpusPick.One(rng, CorpusPhrases.FakeSentences));
            count--;
        }
        if (count > 0 && rng.Next(10) < 7)
        {
            Append(sb, CorpusPick.One(rng, CorpusPhrases.CategorySentences[category]));
            count--;
        }
        var pool = counterfeit ? CorpusPhrases.FakeCasualSentences : CorpusPhrases.GenuineSentences;
        var start = rng.Next(pool.Length);
        for (var k = 0; k < Math.Min(count, pool.Length); k++) Append(sb, pool[(start + k) % pool.Length]);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string sentence)
    {
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(sentence);
    }
}
