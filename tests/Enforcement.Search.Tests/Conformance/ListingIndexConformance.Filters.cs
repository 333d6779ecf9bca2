namespace Enforcement.Search.Tests.Conformance;

public abstract partial class ListingIndexConformance
{
    [ConformanceFact]
    public async Task Filters_narrow_the_matches()
    {
        AssertIds([1, 3, 5, 9, 10, 12], await IdsAsync(new ListingQuery { Platforms = ["shopee"] }));
        AssertIds([1, 3, 5, 6, 9, 10, 12], await IdsAsync(new ListingQuery { Platforms = ["shopee", "tiktok"] }));
        AssertIds([4, 5, 6], await IdsAsync(new ListingQuery { Brands = ["Louis Vuitton"] }));
        AssertIds([3, 5, 9], await IdsAsync(new ListingQuery { Sellers = ["shopee:s3"] }));
        AssertIds([2, 3, 5, 8], await IdsAsync(new ListingQuery { MinPrice = 1_000_000, MaxPrice = 3_000_000 }));
        AssertIds([4, 11], await IdsAsync(new ListingQuery { MinPrice = 3_000_001 }));
        AssertIds([3, 5, 6, 9, 12], await IdsAsync(new ListingQuery { RiskBands = [RiskBands.High] }));
        AssertIds([6], await IdsAsync(new ListingQuery { Statuses = ["removed"] }));
        AssertIds([1], await IdsAsync(new ListingQuery { Province = "Tỉnh An Giang" }));
        AssertIds([12, 13, 14], await IdsAsync(new ListingQuery { FirstSeenFrom = ConformanceCorpus.All[11].FirstSeen }));
        AssertIds([2, 5, 8, 11, 14], await IdsAsync(new ListingQuery { LastSeenFrom = ConformanceCorpus.All[1].LastSeen }));
    }

    [ConformanceFact]
    public async Task Text_and_filters_combine()
    {
        AssertIds([5], await IdsAsync(new ListingQuery { Text = "tui xach", Platforms = ["shopee"] }));
        AssertIds([5, 6], await IdsAsync(new ListingQuery { Text = "tui xach", RiskBands = [RiskBands.High] }));
        AssertIds([4, 5], await IdsAsync(new ListingQuery { Text = "tui xach", Statuses = ["active"] }));
        Assert.Empty(await IdsAsync(new ListingQuery { Text = "tui xach", Platforms = ["lazada"] }));
    }

    [ConformanceFact]
    public async Task Facets_count_every_match_not_just_the_page()
    {
        var result = await SearchAsync(new ListingQuery { PageSize = 2 });
        Assert.Equal(14, result.Total);
        Assert.Equal(2, result.Hits.Count);
        Assert.Equal(
            [new("shopee", 6), new("lazada", 3), new("tiki", 3), new("facebook", 1), new("tiktok", 1)],
            result.Facets[Facets.Platform]);
        Assert.Equal([new("low", 8), new("high", 5), new("medium", 1)], result.Facets[Facets.Risk]);
        Assert.Equal(new FacetCount("Louis Vuitton", 3), result.Facets[Facets.Brand][0]);
        Assert.Equal(7, result.Facets[Facets.Brand].Count);   // listings without a brand are not a bucket
        Assert.Equal([new("shopee:s3", 3), new("lazada:s2", 2), new("shopee:s1", 2), new("tiki:s4", 2)], result.Facets[Facets.Seller].Take(4));
    }

    [ConformanceFact]
    public async Task Facets_follow_the_query_and_filters()
    {
        var result = await SearchAsync(new ListingQuery { Text = "tui xach" });
        Assert.Equal(3, result.Total);
        Assert.Equal([new("shopee", 1), new("tiki", 1), new("tiktok", 1)], result.Facets[Facets.Platform]);
        Assert.Equal([new("high", 2), new("low", 1)], result.Facets[Facets.Risk]);
        var none = await SearchAsync(new ListingQuery { Text = "xyzzyq" });
        Assert.Equal(0, none.Total);
        Assert.All(Facets.All, f => Assert.Empty(none.Facets.GetValueOrDefault(f) ?? []));
        var without = await SearchAsync(new ListingQuery { Text = "tui xach", WithFacets = false });
        Assert.All(without.Facets.Values, Assert.Empty);
    }

    [ConformanceFact]
    public async Task Highlights_mark_the_matched_words_in_the_original_text()
    {
        var hit = Assert.Single((await SearchAsync(new ListingQuery { Text = "nuoc mam", Platforms = ["shopee"] })).Hits);
        Assert.Equal("<mark>Nước</mark> <mark>mắm</mark> Phú Quốc 40 độ đạm chai 500ml", hit.Highlights["title"]);
        Assert.Equal("<mark>Nước</mark> <mark>mắm</mark> truyền thống làm từ cá cơm", hit.Highlights["description"]);

        var described = Assert.Single((await SearchAsync(new ListingQuery { Text = "bao check" })).Hits);
        Assert.Contains("<mark>bao</mark> <mark>check</mark>", described.Highlights["description"], StringComparison.Ordinal);
        Assert.False(described.Highlights.ContainsKey("title"));

        var escaped = Assert.Single((await SearchAsync(new ListingQuery { Text = "iphone" })).Hits);
        Assert.Equal("Ốp lưng &lt;b&gt;<mark>iPhone</mark>&lt;/b&gt; 15", escaped.Highlights["title"]);

        var plain = Assert.Single((await SearchAsync(new ListingQuery { Text = "iphone", WithHighlights = false })).Hits);
        Assert.Empty(plain.Highlights);
    }
}
