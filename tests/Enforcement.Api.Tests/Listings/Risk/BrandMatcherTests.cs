using System.Text;
using static Enforcement.Api.Tests.Listings.Risk.RiskFixtures;

namespace Enforcement.Api.Tests.Listings.Risk;

public sealed class BrandMatcherTests
{
    [Theory]
    [InlineData("Túi xách LV Neverfull like auth", null)]
    [InlineData("Túi xách lv neverfull", null)]
    [InlineData("Túi xách Neverfull", "LV")]
    [InlineData("Túi xách Neverfull", "louis vuitton")]
    [InlineData("Túi xách Neverfull", "Hàng LV mới")]
    [InlineData("Túi Louis Vuitton Neverfull MM chính hãng", null)]
    [InlineData("Tui LOUIS VUITON neverfull", null)]
    public void Finds_the_brand_by_name_or_alias_in_the_brand_field_or_title(string title, string? brand)
    {
        var match = Context(Listing(title, brand: brand)).Match;
        Assert.Equal(LouisVuitton, match.Brand?.Brand.Id);
        Assert.Equal(Neverfull, match.Product?.Product.Id);
    }

    [Theory]
    [InlineData("Túi xách SLV da bò")]
    [InlineData("Cổ phiếu LVMH")]
    [InlineData("Túi xách LVX")]
    public void An_alias_inside_another_word_is_not_the_brand(string title) =>
        Assert.Null(Context(Listing(title)).Match.Brand);

    [Theory]
    [InlineData("ca phe trung nguyen sang tao 8", TrungNguyen, Coffee)]
    [InlineData("CÀ PHÊ TRUNG NGUYÊN SÁNG TẠO 8", TrungNguyen, Coffee)]
    [InlineData("dong ho casio g-shock", Casio, GShock)]
    [InlineData("nuoc mam phu quoc 40 do dam", PhuQuoc, FishSauce)]
    public void Matches_with_or_without_diacritics(string title, long brand, long product)
    {
        foreach (var form in new[] { title, title.Normalize(NormalizationForm.FormD) })
        {
            var match = Context(Listing(form)).Match;
            Assert.Equal(brand, match.Brand?.Brand.Id);
            Assert.Equal(product, match.Product?.Product.Id);
        }
    }

    [Fact]
    public void The_product_sharing_most_keywords_wins()
    {
        Assert.Equal(Speedy, Context(Listing("Túi xách LV Speedy")).Match.Product?.Product.Id);
        Assert.Equal(Neverfull, Context(Listing("Túi xách LV tote Neverfull")).Match.Product?.Product.Id);
    }

    [Fact]
    public void A_brand_without_matching_keywords_has_no_product()
    {
        var match = Context(Listing("Ví LV nam")).Match;
        Assert.Equal(LouisVuitton, match.Brand?.Brand.Id);
        Assert.Null(match.Product);
    }

    [Fact]
    public void The_brand_field_wins_over_the_title_and_the_earliest_name_in_the_title_wins()
    {
        Assert.Equal(Casio, Context(Listing("Đồng hồ hộp LV", brand: "Casio")).Match.Brand?.Brand.Id);
        Assert.Equal(Casio, Context(Listing("Đồng hồ Casio tặng túi LV")).Match.Brand?.Brand.Id);
        Assert.Equal(LouisVuitton, Context(Listing("Túi ví", description: "Túi LV kèm đồng hồ Casio")).Match.Brand?.Brand.Id);
    }
}
