using System.Text;

namespace Enforcement.Api.Listings.Demo;

/// <summary>
/// Counterfeit-looking listings. Most come from campaigns: one title, description and set of photos that several
/// counterfeit shops copy with small changes (the near-duplicates the risk rules look for).
/// </summary>
internal sealed class CorpusCounterfeits
{
    private sealed record Campaign(ProductLine Line, int Category, string Title, string Description, string[] Hashes, long Price);

    private static readonly string[] FakeBrands = ["No Brand", "OEM"];
    private static readonly int[] FakeCumulative = CorpusPick.Cumulative(CorpusCatalog.Lines.Select(l => l.FakeWeight));
    private static readonly ProductLine LouisVuitton = CorpusCatalog.Lines.Single(l => l.Brand == "Louis Vuitton");

    private readonly Campaign[] _campaigns;
    private readonly Campaign[] _louisVuitton;
    private readonly CorpusShop[] _sellers;
    private readonly StringBuilder _sb;

    public CorpusCounterfeits(int listingCount, Random rng, CorpusSellers sellers, StringBuilder sb)
    {
        _sb = sb;
        _sellers = sellers.Counterfeit;
        _louisVuitton = Enumerable.Range(0, 3 + listingCount / 50_000).Select(_ => NewCampaign(rng, LouisVuitton, likeAuth: true)).ToArray();
        _campaigns = [.. _louisVuitton, .. Enumerable.Range(0, Math.Max(6, listingCount / 400)).Select(_ => NewCampaign(rng, null, likeAuth: false))];
    }

    /// <summary>
    /// A counterfeit listing's fields. <paramref name="louisVuittonLikeAuth"/> forces an "LV ... like auth" one, so that
    /// every slice of a corpus has the acceptance scenario's listings.
    /// </summary>
    public (ProductLine Line, int Category, string Title, string Description, string[] Hashes, long Price) Next(Random rng, bool louisVuittonLikeAuth)
    {
        if (louisVuittonLikeAuth || rng.Next(10) < 7)
        {
            var c = louisVuittonLikeAuth ? CorpusPick.One(rng, _louisVuitton) : _campaigns[CorpusPick.Skewed(rng, _campaigns.Length)];
            var price = Math.Clamp(c.Price * (85 + rng.Next(31)) / 100 / 1000 * 1000, c.Line.FakeMin, c.Line.FakeMax);
            return (c.Line, c.Category, Vary(rng, c.Title), c.Description, c.Hashes, price);
        }
        var fresh = NewCampaign(rng, null, likeAuth: false);
        return (fresh.Line, fresh.Category, fresh.Title, fresh.Description, fresh.Hashes, fresh.Price);
    }

    public CorpusShop Seller(Random rng) => _sellers[CorpusPick.Skewed(rng, _sellers.Length)];

    /// <summary>The brand field as counterfeit sellers fill it: often the real brand, sometimes none.</summary>
    public static string? Brand(Random rng, ProductLine line) => rng.Next(20) switch
    {
        < 12 => line.Brand,
        < 17 => null,
        _ => CorpusPick.One(rng, FakeBrands),
    };

    /// <summary>Fakes often show the genuine price struck through.</summary>
    public static long? OriginalPrice(Random rng, ProductLine line, long price)
    {
        long? original = rng.Next(10) switch
        {
            < 3 => CorpusPick.Price(rng, line.Min, line.Max),
            < 5 => price * (130 + rng.Next(70)) / 100 / 1000 * 1000,
            _ => null,
        };
        return original > price ? original : null;
    }

    private Campaign NewCampaign(Random rng, ProductLine? line, bool likeAuth)
    {
        line ??= CorpusCatalog.Lines[CorpusPick.Weighted(rng, FakeCumulative)];
        var category = Array.IndexOf(CorpusCatalog.Categories, line.Category);
        var title = likeAuth || (line == LouisVuitton && rng.Next(2) == 0)
            ? CorpusTitles.LouisVuittonLikeAuth(rng, LouisVuitton, _sb)
            : CorpusTitles.Counterfeit(rng, line, CorpusPick.One(rng, line.Models), _sb);
        var hashes = new string[1 + rng.Next(4)];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = CorpusPick.ImageHash(rng);
        var description = CorpusTitles.Description(rng, category, counterfeit: true, _sb);
        return new Campaign(line, category, title, description, hashes, CorpusPick.Price(rng, line.FakeMin, line.FakeMax));
    }

    /// <summary>Copied titles: the same, or with a prefix, a suffix or a different way of typing.</summary>
    private static string Vary(Random rng, string title) => rng.Next(10) switch
    {
        < 4 => title,
        < 6 => CorpusPick.One(rng, CorpusPhrases.CampaignPrefixes) + title,
        < 8 => title + CorpusPick.One(rng, CorpusPhrases.FakeExtras),
        _ => CorpusText.Apply(title, CorpusText.PickStyle(rng, counterfeit: true)),
    };
}
