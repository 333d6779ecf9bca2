using Enforcement.Api.Listings.Risk;
using Enforcement.Api.Listings.Risk.Rules;
using static Enforcement.Api.Tests.Listings.Risk.RiskFixtures;

namespace Enforcement.Api.Tests.Listings.Risk;

public sealed class SellerRulesTests
{
    private static readonly ListingRiskOptions Defaults = new();

    [Fact]
    public void An_unauthorized_seller_of_a_protected_brand_fires()
    {
        var factor = new UnauthorizedSellerRule(Defaults).Evaluate(Context(Listing("Túi LV Neverfull", seller: "shopee:shop-123")));
        Assert.NotNull(factor);
        Assert.Equal(("unauthorized-seller", 25), (factor.Code, factor.Points));
        Assert.Equal("Người bán không có trong danh sách được Louis Vuitton ủy quyền (nhãn hiệu được bảo hộ)", factor.Detail);
    }

    [Theory]
    [InlineData("Túi LV Neverfull", "shopee:lv-official")]   // authorized
    [InlineData("Túi LV Neverfull", "Shopee:LV-Official")]   // authorized, written otherwise
    [InlineData("Cà phê Trung Nguyên", "shopee:shop-123")]   // brand not protected
    [InlineData("Túi da bò", "shopee:shop-123")]             // no brand
    public void Authorized_sellers_unprotected_brands_and_unbranded_listings_do_not_fire(string title, string seller) =>
        Assert.Null(new UnauthorizedSellerRule(Defaults).Evaluate(Context(Listing(title, seller: seller))));

    [Fact]
    public void An_authorization_on_another_platform_or_brand_does_not_count()
    {
        Assert.NotNull(new UnauthorizedSellerRule(Defaults).Evaluate(Context(Listing("Túi LV", seller: "lazada:lv-official"))));
        Assert.NotNull(new UnauthorizedSellerRule(Defaults).Evaluate(Context(Listing("Túi LV", seller: "lazada:casio-vn"))));
    }

    [Fact]
    public void An_unknown_seller_of_a_protected_brand_fires_and_says_the_seller_is_unknown()
    {
        var factor = new UnauthorizedSellerRule(Defaults).Evaluate(Context(Listing("Đồng hồ Casio", seller: null)));
        Assert.StartsWith("Không rõ người bán", factor?.Detail);
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, 15)]
    [InlineData(40, 15)]
    public void Many_low_priced_listings_of_one_brand_fire_from_the_threshold(int count, int? points)
    {
        var input = Listing("Túi LV Neverfull") with { SellerLowPricedListingsOfBrand = count };
        var factor = new SellerLowPricedListingsRule(Defaults).Evaluate(Context(input));
        Assert.Equal(points, factor?.Points);
        if (factor is not null) Assert.Equal($"Người bán có {count} tin đăng Louis Vuitton giá thấp hơn giá tham khảo", factor.Detail);
    }

    [Fact]
    public void The_low_priced_threshold_comes_from_the_options()
    {
        var input = Listing("Túi LV Neverfull") with { SellerLowPricedListingsOfBrand = 2 };
        Assert.NotNull(new SellerLowPricedListingsRule(new ListingRiskOptions { SellerLowPricedListingsThreshold = 2 }).Evaluate(Context(input)));
        Assert.Null(new SellerLowPricedListingsRule(Defaults).Evaluate(Context(input)));
    }
}
