using Enforcement.Api.Listings.Risk;
using Enforcement.Search;
using static Enforcement.Api.Tests.Listings.Risk.RiskFixtures;

namespace Enforcement.Api.Tests.Listings.Risk;

public sealed class RiskScorerTests
{
    private readonly RiskScorer scorer = Scorer();

    [Fact]
    public void A_typical_counterfeit_by_an_unauthorized_seller_is_high_risk()
    {
        var result = scorer.Assess(Listing("Túi xách LV Neverfull like auth 1:1 giá 1.200.000đ", 1_200_000, seller: "shopee:tui-gia-re"), GenuineData);
        Assert.Equal(RiskBands.High, RiskBands.Of(result.Score));
        Assert.Equal(100, result.Score); // 40 + 45 + 25, capped
        Assert.Equal(["counterfeit-lexicon", "price-below-reference", "unauthorized-seller"], result.Factors.Select(f => f.Code));
        Assert.Equal((LouisVuitton, Neverfull), (result.MatchedBrandId, result.MatchedProductId));
    }

    [Fact]
    public void The_counterfeit_wording_and_the_seller_alone_make_it_high_risk_even_without_a_price() =>
        Assert.True(scorer.Assess(Listing("Tui xach LV Neverfull like auth 1:1", null, seller: "shopee:tui-gia-re"), GenuineData).Score >= 60);

    [Theory]
    [InlineData(60)]
    [InlineData(1)]   // newly seen adds a little, not enough to matter
    public void A_genuine_listing_by_an_authorized_seller_is_low_risk(int ageDays)
    {
        var result = scorer.Assess(Listing("Túi Louis Vuitton Neverfull MM chính hãng", 45_000_000, seller: "shopee:lv-official", ageDays: ageDays), GenuineData);
        Assert.Equal(RiskBands.Low, RiskBands.Of(result.Score));
        Assert.Equal((LouisVuitton, Neverfull), (result.MatchedBrandId, result.MatchedProductId));
        Assert.DoesNotContain(result.Factors, f => f.Code is "price-below-reference" or "counterfeit-lexicon" or "unauthorized-seller");
    }

    [Fact]
    public void Fish_sauce_at_a_normal_price_scores_zero_with_no_factors()
    {
        var result = scorer.Assess(Listing("Nước mắm Phú Quốc 40 độ đạm", 120_000), GenuineData);
        Assert.Equal(0, result.Score);
        Assert.Empty(result.Factors);
        Assert.Equal((PhuQuoc, FishSauce), (result.MatchedBrandId, result.MatchedProductId));
    }

    [Fact]
    public void A_listing_matching_nothing_scores_zero_against_empty_reference_data()
    {
        var result = scorer.Assess(Listing("Áo thun cotton"), GenuineReference.Empty);
        Assert.Equal((0, 0, null, null), (result.Score, result.Factors.Count, result.MatchedBrandId, result.MatchedProductId));
    }

    [Fact]
    public void The_score_is_the_sum_of_the_factors_strongest_first()
    {
        var input = Listing("Đồng hồ Casio G-Shock", 2_500_000, seller: "lazada:dong-ho-xin", ageDays: 1) with
        {
            OtherSellersWithSameTitle = 2, OtherSellersWithSameImage = 1,
        };
        var result = scorer.Assess(input, GenuineData);
        Assert.Equal(25 + 15 + 15 + 5, result.Score);
        Assert.Equal(["unauthorized-seller", "duplicate-image", "duplicate-title", "newly-seen"], result.Factors.Select(f => f.Code));
        Assert.Equal(result.Factors.Sum(f => f.Points), result.Score);
    }
}
