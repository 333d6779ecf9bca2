using System.Text;
using Enforcement.Api.Listings.Demo;
using Enforcement.Search.Folding;

namespace Enforcement.Api.Tests.Listings.Demo;

/// <summary>The corpus looks like the real marketplaces: counterfeits, typing habits, sellers, platforms, prices.</summary>
public sealed class ListingCorpusRealismTests
{
    private static readonly CorpusListing[] Sample = ListingCorpus.Generate(10_000, 2025).ToArray();

    private static string Folded(CorpusListing l) => " " + string.Join(' ', VietnameseFolding.Words(l.Title + " " + l.Description)) + " ";

    private static bool HasLexicon(CorpusListing l)
    {
        var text = Folded(l);
        return CorpusPhrases.Lexicon.Any(p => text.Contains(" " + string.Join(' ', VietnameseFolding.Words(p)) + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Between_2_and_8_percent_look_counterfeit()
    {
        var share = Sample.Count(l => l.LooksCounterfeit) / (double)Sample.Length;
        Assert.InRange(share, 0.02, 0.08);
    }

    [Fact]
    public void Counterfeits_use_the_lexicon_and_genuine_listings_never_do()
    {
        Assert.All(Sample.Where(l => l.LooksCounterfeit), l => Assert.True(HasLexicon(l), l.Title + " | " + l.Description));
        Assert.All(Sample.Where(l => !l.LooksCounterfeit), l => Assert.False(HasLexicon(l), l.Title + " | " + l.Description));
    }

    [Fact]
    public void Luxury_counterfeits_are_priced_far_below_genuine_ones()
    {
        var lv = Sample.Where(l => l.Category == CorpusCatalog.Bags && Folded(l).Contains(" lv ", StringComparison.Ordinal) || l.Brand == "Louis Vuitton").ToArray();
        var fakes = lv.Where(l => l.LooksCounterfeit).ToArray();
        var genuine = lv.Where(l => !l.LooksCounterfeit).ToArray();
        Assert.NotEmpty(fakes);
        Assert.NotEmpty(genuine);
        Assert.All(fakes, l => Assert.InRange(l.Price, 300_000, 2_500_000));
        Assert.All(genuine, l => Assert.InRange(l.Price, 35_000_000, 60_000_000));
        Assert.All(genuine, l => Assert.Contains("chinh hang", Folded(l), StringComparison.Ordinal));
        Assert.All(genuine, l => Assert.Contains("louis vuitton", Folded(l), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_2000_lines_hold_an_lv_like_auth_bag_for_the_acceptance_query()
    {
        foreach (var chunk in Sample.Chunk(2000))
        {
            var hits = chunk.Where(l => Folded(l).Contains(" tui xach lv ", StringComparison.Ordinal) && Folded(l).Contains(" like auth ", StringComparison.Ordinal)).ToArray();
            Assert.NotEmpty(hits);
            Assert.All(hits, l => Assert.True(l.LooksCounterfeit, l.Title));
        }
    }

    [Fact]
    public void Titles_come_with_diacritics_in_nfc_and_also_in_nfd_all_caps_and_without_marks()
    {
        var titles = Sample.Select(l => l.Title).ToArray();
        var nfcWithMarks = titles.Count(t => t.Any(c => c > 0x7F) && t.IsNormalized(NormalizationForm.FormC));
        Assert.True(nfcWithMarks > titles.Length * 0.6, $"{nfcWithMarks} NFC titles with diacritics");
        Assert.Contains(titles, t => !t.IsNormalized(NormalizationForm.FormC));
        Assert.Contains(titles, t => t.Contains("ĐỒNG HỒ", StringComparison.Ordinal));
        var folded = titles.Where(t => t.All(c => c < 0x80) && VietnameseFolding.Words(t).Intersect(["tui", "giay", "dong", "nuoc", "ca", "sua", "dien", "tai", "ao", "mat"]).Any()).ToArray();
        Assert.True(folded.Length > titles.Length / 100, $"{folded.Length} Vietnamese titles typed without diacritics");
        Assert.Contains(titles, t => t.StartsWith("Genuine ", StringComparison.Ordinal) || t.EndsWith("- Authentic", StringComparison.Ordinal));
    }

    [Fact]
    public void Counterfeit_shops_reuse_image_hashes_and_titles_across_sellers()
    {
        var fakes = Sample.Where(l => l.LooksCounterfeit).ToArray();
        var sharedHashes = fakes.SelectMany(l => l.ImageHashes.Select(h => (h, l.Seller.Id))).GroupBy(x => x.h).Count(g => g.Select(x => x.Id).Distinct().Count() >= 3);
        var sharedTitles = fakes.GroupBy(l => l.Title).Count(g => g.Select(l => l.Seller.Id).Distinct().Count() >= 2);
        Assert.True(sharedHashes >= 5, $"{sharedHashes} image hashes shared by 3+ sellers");
        Assert.True(sharedTitles >= 5, $"{sharedTitles} titles shared by 2+ sellers");
        Assert.DoesNotContain(Sample.Where(l => !l.LooksCounterfeit).SelectMany(l => l.ImageHashes).GroupBy(h => h), g => g.Count() > 1);
    }

    [Fact]
    public void There_is_about_one_seller_per_20_listings_with_official_stores_and_real_provinces()
    {
        var sellers = Sample.Select(l => l.Seller).Distinct().ToArray();
        Assert.InRange(sellers.Length, Sample.Length / 40, Sample.Length / 12);
        Assert.Equal(sellers.Length, sellers.Select(s => s.ShopUrl + "|" + s.Id).Distinct().Count());
        Assert.Contains(sellers, s => s.Name == "Louis Vuitton Official Store" || s.Name.EndsWith(" Official Store", StringComparison.Ordinal));
        Assert.Contains(sellers, s => s.Province == "Thành phố Hồ Chí Minh");
        Assert.Contains(sellers, s => s.Province == "Thành phố Hà Nội");
        Assert.All(sellers, s => Assert.Matches("^(Thành phố|Tỉnh) ", s.Province));
        Assert.All(sellers, s => Assert.Matches("^(Phường|Xã|Đặc khu) ", s.Ward));
    }

    [Fact]
    public void Platforms_follow_the_market_shares()
    {
        var shares = Sample.GroupBy(l => l.Platform).ToDictionary(g => g.Key, g => g.Count() / (double)Sample.Length);
        Assert.InRange(shares["shopee"], 0.35, 0.55);
        Assert.InRange(shares["lazada"], 0.17, 0.33);
        Assert.InRange(shares["other"], 0.002, 0.06);
        Assert.Equal("shopee", shares.MaxBy(kv => kv.Value).Key);
    }

    [Fact]
    public void Prices_fit_the_product()
    {
        Assert.All(Sample.Where(l => l.Title.Contains("Nước mắm", StringComparison.Ordinal)), l => Assert.InRange(l.Price, 80_000, 300_000));
        var af1 = Sample.Where(l => l.Brand == "Nike" && l.Title.Contains("Air Force 1", StringComparison.Ordinal)).ToArray();
        Assert.Contains(af1, l => !l.LooksCounterfeit);
        Assert.All(af1.Where(l => !l.LooksCounterfeit), l => Assert.InRange(l.Price, 2_500_000, 4_500_000));
        Assert.All(af1.Where(l => l.LooksCounterfeit), l => Assert.InRange(l.Price, 250_000, 600_000));
        Assert.All(Sample, l => Assert.Equal(0, l.Price % 1000));
    }
}
