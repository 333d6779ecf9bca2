using System.Text;
using Enforcement.Api.Listings.Risk;
using Enforcement.Api.Listings.Risk.Lexicon;
using Enforcement.Api.Listings.Risk.Rules;
using Enforcement.Search.Folding;
using static Enforcement.Api.Tests.Listings.Risk.RiskFixtures;

namespace Enforcement.Api.Tests.Listings.Risk;

public sealed class CounterfeitLexiconRuleTests
{
    private static RiskFactor? Evaluate(string title, string? description = null, ListingRiskOptions? options = null) =>
        new CounterfeitLexiconRule(options ?? new ListingRiskOptions(), CounterfeitLexicon.Embedded).Evaluate(Context(Listing(title, description: description)));

    public static TheoryData<string> BriefTerms => new()
    {
        "like auth", "like authentic", "rep 1:1", "replica", "super fake", "fake", "f1", "hàng loại 1", "hàng copy",
        "hàng nhái", "nhái", "không hộp", "bao check", "xách tay không rõ nguồn gốc", "không rõ nguồn gốc",
        "hàng trôi nổi", "mirror quality", "1:1", "aaa", "copy", "siêu cấp", "loại 1",
    };

    [Theory]
    [MemberData(nameof(BriefTerms))]
    public void Each_term_fires_as_written_without_marks_in_capitals_and_in_nfd(string term)
    {
        foreach (var title in new[]
        {
            $"Túi đeo chéo {term} giao nhanh", $"tui deo cheo {VietnameseFolding.Fold(term)} giao nhanh",
            $"TÚI ĐEO CHÉO {term.ToUpperInvariant()}", $"Túi đeo chéo {term}".Normalize(NormalizationForm.FormD),
        })
        {
            var factor = Evaluate(title);
            Assert.NotNull(factor);
            Assert.Equal("counterfeit-lexicon", factor.Code);
            Assert.Contains($"“{term}”", factor.Detail);
        }
    }

    [Theory]
    [InlineData("Túi Louis Vuitton Neverfull MM hàng chính hãng")]
    [InlineData("Tui Louis Vuitton Neverfull MM hang chinh hang, fullbox, bill")]
    [InlineData("Nước mắm Phú Quốc 40 độ đạm")]
    [InlineData("Copyright © Shop; máy photocopy; giày F10; AF1 trắng")]
    [InlineData("Hạt giống F1 dưa lưu; mô hình xe tỉ lệ 1:1; pin AAA")]
    [InlineData("Kẹo cao su nhai không đường; ếch nhái")]
    [InlineData("Cam kết không phải hàng nhái, nói không với hàng giả, no fake")]
    public void Ordinary_words_and_denials_do_not_fire(string title) => Assert.Null(Evaluate(title));

    [Fact]
    public void Most_terms_fire_without_marks_even_in_a_title_written_with_marks() =>
        Assert.Equal("Có từ ngữ thường gặp ở hàng giả, hàng nhái: “hàng loại 1”, “bao check”", Evaluate("Túi LV hang loai 1 bao check")?.Detail);

    [Fact]
    public void A_term_folding_to_an_everyday_word_needs_its_marks_when_the_listing_uses_marks()
    {
        Assert.Null(Evaluate("Kẹo cao su nhai"));
        Assert.Null(Evaluate("Áo không hợp size được đổi"));
        Assert.Contains("“nhái”", Evaluate("Túi nhái Hermès")?.Detail);
        Assert.Contains("“nhái”", Evaluate("keo cao su nhai")?.Detail); // written without marks it cannot be told apart
    }

    [Fact]
    public void The_longest_phrase_wins_and_each_term_counts_once()
    {
        var factor = Evaluate("Hàng copy 1:1, hàng copy đẹp", "rep 1:1 giá tốt");
        Assert.NotNull(factor);
        Assert.Equal("Có từ ngữ thường gặp ở hàng giả, hàng nhái: “hàng copy”, “1:1”, “rep 1:1”", factor.Detail);
        Assert.Equal(45, factor.Points); // 25 + 20 + 35, capped
        Assert.Equal(25, Evaluate("hàng copy")?.Points);
        Assert.Equal(30, Evaluate("xách tay không rõ nguồn gốc")?.Points);
    }

    [Fact]
    public void The_cap_comes_from_the_options() =>
        Assert.Equal(65, Evaluate("like auth rep 1:1", options: new ListingRiskOptions { LexiconMaxPoints = 80 })?.Points);

    [Fact]
    public void A_lexicon_with_a_term_out_of_range_is_refused()
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes("""{ "terms": [ { "phrase": "fake", "points": -5 } ] }"""));
        Assert.Throws<InvalidDataException>(() => CounterfeitLexicon.Load(json));
    }
}
