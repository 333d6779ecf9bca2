using System.Globalization;
using System.Text;

namespace Enforcement.Api.Listings.Demo;

/// <summary>A generated shop: the seller as written to the NDJSON, its platform, URL handle and main category.</summary>
internal sealed record CorpusShop(CorpusSeller Seller, int Platform, string Handle, int Focus);

/// <summary>
/// The seller pool: about one seller per 20 listings. General shops keep to one category, brands have official
/// stores on the big platforms, and a few percent of shops sell the counterfeits.
/// </summary>
internal sealed class CorpusSellers
{
    private static readonly int[] FakeFocus = [0, 1, 2, 4, 6];

    public required CorpusShop[][] ByFocus { get; init; }
    public required CorpusShop[] Counterfeit { get; init; }
    public required Dictionary<string, CorpusShop[]> Official { get; init; }

    public static CorpusSellers Build(int listingCount, Random rng)
    {
        var total = Math.Max(CorpusCatalog.Categories.Length * 2, listingCount / 20);
        var fakeCount = Math.Max(3, total / 25);
        var index = 0;
        var sb = new StringBuilder(64);

        var focusWeights = CorpusPick.Cumulative(CorpusCatalog.Categories.Select(c => CorpusCatalog.Lines.Where(l => l.Category == c).Sum(l => l.Weight)));
        var byFocus = CorpusCatalog.Categories.Select(_ => new List<CorpusShop>()).ToArray();
        for (var i = 0; i < total - fakeCount; i++)
        {
            var focus = i < byFocus.Length ? i : CorpusPick.Weighted(rng, focusWeights);
            var name = ShopName(rng, CorpusPhrases.ShopPatterns, focus, sb);
            byFocus[focus].Add(Shop(rng, index++, name, CorpusText.Handle(name) + index.ToString(CultureInfo.InvariantCulture), focus));
        }

        var fakes = new CorpusShop[fakeCount];
        for (var i = 0; i < fakes.Length; i++)
        {
            var focus = CorpusPick.One(rng, FakeFocus);
            var name = ShopName(rng, CorpusPhrases.FakeShopPatterns, focus, sb);
            fakes[i] = Shop(rng, index++, name, CorpusText.Handle(name) + index.ToString(CultureInfo.InvariantCulture), focus);
        }

        var official = new Dictionary<string, CorpusShop[]>(StringComparer.Ordinal);
        foreach (var line in CorpusCatalog.Lines)
        {
            if (line.Brand is not { } brand || official.ContainsKey(brand)) continue;
            var focus = Array.IndexOf(CorpusCatalog.Categories, line.Category);
            int[] platforms = official.Count % 2 == 0 ? [CorpusPlatforms.Shopee, CorpusPlatforms.Lazada, CorpusPlatforms.Tiki] : [CorpusPlatforms.Shopee, CorpusPlatforms.Lazada];
            official[brand] = platforms.Select(p => Shop(rng, index++, OfficialName(brand, p), CorpusText.Handle(brand) + "official", focus, p)).ToArray();
        }
        return new CorpusSellers { ByFocus = byFocus.Select(l => l.ToArray()).ToArray(), Counterfeit = fakes, Official = official };
    }

    private static string OfficialName(string brand, int platform) => platform switch
    {
        CorpusPlatforms.Lazada => $"{brand} Flagship Store",
        CorpusPlatforms.Tiki => $"{brand} Việt Nam",
        _ => $"{brand} Official Store",
    };

    private static string ShopName(Random rng, string[] patterns, int focus, StringBuilder sb)
    {
        sb.Clear();
        sb.AppendFormat(CultureInfo.InvariantCulture, CorpusPick.One(rng, patterns),
            CorpusPick.One(rng, CorpusPhrases.GivenNames), CorpusPhrases.ShopFocus[focus], CorpusPick.One(rng, CorpusPhrases.ShopNumbers));
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static CorpusShop Shop(Random rng, int index, string name, string handle, int focus, int? platform = null)
    {
        var p = platform ?? CorpusPick.Weighted(rng, CorpusPlatforms.Cumulative);
        var (id, shopUrl) = CorpusPlatforms.Seller(p, index, handle, rng);
        var (province, ward) = CorpusPlaces.Pick(rng);
        return new CorpusShop(new CorpusSeller(id, name, shopUrl, province, ward), p, handle, focus);
    }
}
