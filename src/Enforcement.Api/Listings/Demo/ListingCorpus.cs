using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Enforcement.Api.Listings.Demo;

/// <summary>
/// A seeded, realistic corpus of marketplace listings (tin đăng trên sàn) for the benchmark, tests and demo data:
/// Vietnamese and English titles, brands, sellers, VND prices, and about 4 % counterfeit-looking listings.
/// The same count and seed always give the same listings, byte for byte (System.Random with a seed is stable).
/// </summary>
internal static class ListingCorpus
{
    /// <summary>Share of counterfeit-looking listings, per thousand.</summary>
    public const int CounterfeitPerMille = 40;

    private static readonly int[] GenuineCumulative = CorpusPick.Cumulative(CorpusCatalog.Lines.Select(l => l.Weight));
    private static readonly int[] LineCategory = CorpusCatalog.Lines.Select(l => Array.IndexOf(CorpusCatalog.Categories, l.Category)).ToArray();

    public static IEnumerable<CorpusListing> Generate(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Iterate(count, seed);
    }

    private static IEnumerable<CorpusListing> Iterate(int count, int seed)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder(256);
        var sellers = CorpusSellers.Build(count, rng);
        var fakes = new CorpusCounterfeits(count, rng, sellers, sb);
        for (var i = 0; i < count; i++)
        {
            var anchor = i % 1000 == 137;
            yield return anchor || rng.Next(1000) < CounterfeitPerMille
                ? Counterfeit(i, rng, fakes, anchor)
                : Genuine(i, rng, sellers, sb);
        }
    }

    private static CorpusListing Genuine(int position, Random rng, CorpusSellers sellers, StringBuilder sb)
    {
        var lineIndex = CorpusPick.Weighted(rng, GenuineCumulative);
        var line = CorpusCatalog.Lines[lineIndex];
        var category = LineCategory[lineIndex];
        var shop = line.Brand is { } b && sellers.Official.TryGetValue(b, out var stores) && rng.Next(100) < 20
            ? CorpusPick.One(rng, stores)
            : sellers.ByFocus[category][CorpusPick.Skewed(rng, sellers.ByFocus[category].Length)];
        var style = CorpusText.PickStyle(rng, counterfeit: false);
        var title = CorpusText.Apply(CorpusTitles.Genuine(rng, line, CorpusPick.One(rng, line.Models), sb), style);
        var description = Typed(CorpusTitles.Description(rng, category, counterfeit: false, sb), style);
        var price = CorpusPick.Price(rng, line.Min, line.Max);
        long? original = rng.Next(100) < 35 ? price * (108 + rng.Next(52)) / 100 / 1000 * 1000 : null;
        var hashes = new string[rng.Next(5)];
        for (var h = 0; h < hashes.Length; h++) hashes[h] = CorpusPick.ImageHash(rng);
        var (id, url) = CorpusPlatforms.Listing(shop.Platform, position, shop.Seller, shop.Handle, title, rng);
        return new CorpusListing(CorpusPlatforms.Names[shop.Platform], id, url, title, description, price, original,
            line.Brand, line.Category, shop.Seller, hashes, LooksCounterfeit: false);
    }

    private static CorpusListing Counterfeit(int position, Random rng, CorpusCounterfeits fakes, bool anchor)
    {
        var (line, _, baseTitle, description, hashes, price) = fakes.Next(rng, anchor);
        var shop = fakes.Seller(rng);
        var style = anchor ? CorpusText.Style.Nfc : CorpusText.PickStyle(rng, counterfeit: true);
        var title = CorpusText.Apply(baseTitle, style);
        var (id, url) = CorpusPlatforms.Listing(shop.Platform, position, shop.Seller, shop.Handle, title, rng);
        return new CorpusListing(CorpusPlatforms.Names[shop.Platform], id, url, title, Typed(description, style), price,
            CorpusCounterfeits.OriginalPrice(rng, line, price), CorpusCounterfeits.Brand(rng, line), line.Category,
            shop.Seller, hashes, LooksCounterfeit: true);
    }

    /// <summary>A description typed the way its title was: NFD and unmarked text stay so; ALL CAPS does not carry over.</summary>
    private static string Typed(string description, CorpusText.Style style) =>
        style is CorpusText.Style.Nfd or CorpusText.Style.Plain ? CorpusText.Apply(description, style) : description;

    /// <summary>Writes <paramref name="count"/> listings as NDJSON in the import contract, UTF-8, one object a line.</summary>
    public static void WriteNdjson(Stream output, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(output);
        var buffer = new ArrayBufferWriter<byte>(1 << 17);
        // Relaxed escaping keeps Vietnamese letters as UTF-8 instead of \u escapes; the output is still valid JSON.
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        foreach (var listing in Generate(count, seed))
        {
            CorpusJson.Write(json, listing);
            json.Flush();
            json.Reset();
            buffer.Write("\n"u8);
            if (buffer.WrittenCount < 1 << 16) continue;
            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }
        output.Write(buffer.WrittenSpan);
        output.Flush();
    }
}
