using Enforcement.Api.Listings.Risk;
using Enforcement.Api.Listings.Risk.Rules;
using static Enforcement.Api.Tests.Listings.Risk.RiskFixtures;

namespace Enforcement.Api.Tests.Listings.Risk;

public sealed class PriceBelowReferenceRuleTests
{
    private static RiskFactor? Evaluate(RiskInput input, ListingRiskOptions? options = null) =>
        new PriceBelowReferenceRule(options ?? new ListingRiskOptions()).Evaluate(Context(input));

    [Fact]
    public void A_price_97_percent_below_the_minimum_earns_the_full_points_and_says_why()
    {
        var factor = Evaluate(Listing("Túi xách LV Neverfull", 1_200_000));
        Assert.NotNull(factor);
        Assert.Equal("price-below-reference", factor.Code);
        Assert.Equal(40, factor.Points);
        Assert.Equal("Giá 1.200.000 ₫ thấp hơn 97% so với giá tham khảo 35.000.000–60.000.000 ₫ (Louis Vuitton Neverfull MM)", factor.Detail);
        Assert.Equal("Price 1,200,000 ₫ is 97% below the reference price 35,000,000–60,000,000 ₫ (Louis Vuitton Neverfull MM)", factor.DetailEnglish);
    }

    [Theory]
    [InlineData(17_500_000, null)]  // exactly half: not below the threshold
    [InlineData(17_499_999, 25)]    // just below half: the starting points
    [InlineData(10_500_000, 33)]    // 70% below: 25 + 15 × (70 − 50) / 40 = 32.5
    [InlineData(3_500_000, 40)]     // 90% below: the full points
    public void Points_grow_with_how_far_below_the_price_is(long price, int? points) =>
        Assert.Equal(points, Evaluate(Listing("Túi xách LV Neverfull", price))?.Points);

    [Theory]
    [InlineData("Túi xách LV Neverfull", 45_000_000L)]  // within the range
    [InlineData("Túi xách LV Neverfull", null)]         // no price
    [InlineData("Túi xách LV Neverfull", 0L)]           // "contact the seller"
    [InlineData("Ví LV nam", 100_000L)]                 // brand but no product
    [InlineData("Túi xách da bò Neverfull", 100_000L)]  // no brand
    [InlineData("Cà phê Trung Nguyên Sáng tạo 8", 160_000L)]
    public void Does_not_fire_without_a_matched_product_price_and_a_low_price(string title, long? price) =>
        Assert.Null(Evaluate(Listing(title, price)));

    [Fact]
    public void A_product_without_a_maximum_shows_from_the_minimum_and_an_ocop_product_says_so()
    {
        Assert.Equal("Giá 50.000 ₫ thấp hơn 67% so với giá tham khảo từ 150.000 ₫ (Cà phê Trung Nguyên Sáng tạo 8)",
            Evaluate(Listing("Cà phê Trung Nguyên Sáng tạo 8", 50_000))?.Detail);
        Assert.Contains("sản phẩm OCOP", Evaluate(Listing("nuoc mam phu quoc 40 do dam", 20_000))?.Detail);
    }

    [Fact]
    public void The_threshold_and_points_come_from_the_options()
    {
        var options = new ListingRiskOptions { PriceBelowRatio = 0.9, PriceMinPoints = 5, PriceMaxPoints = 10 };
        Assert.Equal(5, Evaluate(Listing("Túi xách LV Neverfull", 31_000_000), options)?.Points);
        Assert.Null(Evaluate(Listing("Túi xách LV Neverfull", 31_000_000)));
    }
}
