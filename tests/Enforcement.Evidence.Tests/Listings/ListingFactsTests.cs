using Enforcement.Evidence.Capture;
using Enforcement.Evidence.Listings;
using Enforcement.Evidence.Tests.Pages;

namespace Enforcement.Evidence.Tests.Listings;

public sealed class VndPriceTests
{
    [Theory]
    [InlineData("1.250.000 ₫", 1_250_000L)]
    [InlineData("1,250,000đ", 1_250_000L)]
    [InlineData("1.250.000 VND", 1_250_000L)]
    [InlineData("₫1.250.000", 1_250_000L)]
    [InlineData("1 250 000 ₫", 1_250_000L)]
    [InlineData("1.250.000,00 ₫", 1_250_000L)]
    [InlineData("1250000.00", 1_250_000L)]
    [InlineData("1250000", 1_250_000L)]
    [InlineData("Giá: 99.000đ - 120.000đ", 99_000L)]
    [InlineData("45.990.000 VNĐ", 45_990_000L)]
    [InlineData("Liên hệ", null)]
    [InlineData("", null)]
    public void Parses_Vietnamese_prices(string text, long? expected) => Assert.Equal(expected, VndPrice.Parse(text));
}

public sealed class JsonLdTests
{
    [Fact]
    public void Product_inside_a_graph_with_an_offer_array()
    {
        var facts = ListingExtractor.FromJsonLd("""
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
             {"@type":["Product"],"name":"Sữa bột Abbott","brand":"Abbott",
              "offers":[{"@type":"Offer","price":589000,"priceCurrency":"VND"}]}]}
            """);

        Assert.Equal(new ListingFacts("Sữa bột Abbott", 589_000, "Abbott", null, "json-ld"), facts);
    }

    [Fact]
    public void Price_in_another_currency_is_not_a_VND_price()
    {
        var facts = ListingExtractor.FromJsonLd("""{"@type":"Product","name":"Watch","offers":{"price":"199.99","priceCurrency":"USD"}}""");

        Assert.Equal(new ListingFacts("Watch", null, null, null, "json-ld"), facts);
    }

    [Theory]
    [InlineData("""{"@type":"Organization","name":"Shop"}""")]
    [InlineData("{ not json")]
    public void No_product_no_facts(string json) => Assert.Null(ListingExtractor.FromJsonLd(json));
}

/// <summary>Rules are data: the embedded platform-rules.json read against saved-style pages in the shared Chromium.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class PlatformRuleTests(CaptureFixture fixture)
{
    private const string ShopeeLike = """
        <!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Shopee Việt Nam</title></head><body>
        <div class="product-briefing">
          <div data-sqe="name"><span>Kem chống nắng Anessa 60ml chính hãng</span></div>
          <div class="flex"><div class="product-price">₫459.000</div></div>
        </div>
        <section class="page-product__shop">
          <div class="shop-name">Mỹ Phẩm Sài Gòn Official</div>
          <a href="/myphamsaigon">Xem Shop</a>
        </section></body></html>
        """;

    [Theory]
    [InlineData("https://shopee.vn/Kem-chong-nang-i.123.456", "rule:shopee")]
    [InlineData("https://www.shopee.vn/Kem-chong-nang-i.123.456", "rule:shopee")]
    public async Task Shopee_rule_reads_title_price_seller_and_shop(string url, string source)
    {
        var facts = await ExtractAsync(url, ShopeeLike, PlatformRules.Default);

        Assert.Equal(new ListingFacts("Kem chống nắng Anessa 60ml chính hãng", 459_000, "Mỹ Phẩm Sài Gòn Official",
            new Uri(new Uri(url), "/myphamsaigon").ToString(), source), facts);
    }

    [Fact]
    public async Task Rules_cover_the_four_platforms_and_only_their_hosts()
    {
        Assert.Equal(["shopee", "lazada", "tiki", "tiktok-shop"], PlatformRules.Default.Select(r => r.Platform));
        Assert.Null(await ExtractAsync("https://shopee.vn.example.com/x", ShopeeLike, PlatformRules.Default));
    }

    [Fact]
    public async Task Open_graph_comes_before_the_rule_and_the_rule_fills_gaps()
    {
        var html = ShopeeLike.Replace("</head>", """<meta property="og:title" content="Anessa 60ml (OG)"><meta property="product:price:amount" content="455000"><meta property="product:price:currency" content="VND"></head>""", StringComparison.Ordinal);

        var facts = await ExtractAsync("https://shopee.vn/p", html, PlatformRules.Default);

        Assert.Equal(new ListingFacts("Anessa 60ml (OG)", 455_000, "Mỹ Phẩm Sài Gòn Official", "https://shopee.vn/myphamsaigon", "open-graph"), facts);
    }

    [Fact]
    public async Task Injected_rule_set_maps_any_host()
    {
        var rule = PlatformRules.Default[0] with { Platform = "thu-nghiem", HostPattern = @"^cho-thu\.vn$" };

        var facts = await ExtractAsync("https://cho-thu.vn/p/1", ShopeeLike, [rule]);

        Assert.Equal("rule:thu-nghiem", facts?.Source);
        Assert.Equal(459_000, facts?.PriceVnd);
    }

    /// <summary>The saved page is served to the browser at its real address by a route, never fetched.</summary>
    private async Task<ListingFacts?> ExtractAsync(string url, string html, IReadOnlyList<PlatformRule> rules)
    {
        var browser = await fixture.Capturer.Host.GetBrowserAsync(CancellationToken.None);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/html; charset=utf-8", Body = html }));
        await page.GotoAsync(url);
        return await ListingExtractor.ExtractAsync(page, new Uri(url), rules);
    }
}
