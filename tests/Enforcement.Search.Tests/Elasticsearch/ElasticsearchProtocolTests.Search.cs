using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using Enforcement.Search.Paging;

namespace Enforcement.Search.Tests.Elasticsearch;

public sealed partial class ElasticsearchProtocolTests
{
    private static readonly ListingQuery Everything = new()
    {
        Text = "tui xach -replica \"like auth\" rolex OR chanel nik",
        PrefixLastWord = true,
        Platforms = ["shopee", "tiktok"],
        RiskBands = [RiskBands.High],
        Province = "Thành phố Hồ Chí Minh",
        MinPrice = 100_000,
        MaxPrice = 5_000_000,
        FirstSeenFrom = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Sort = SearchSort.PriceAsc,
        PageSize = 2,
    };

    [Fact]
    public async Task A_search_sends_words_phrases_or_prefix_exclusions_filters_facets_highlights_sort_and_search_after()
    {
        _server.AnswerFile(200, "search-page.json").AnswerFile(200, "search-page.json");
        var index = Index();
        var first = await index.SearchAsync(Everything, CancellationToken.None);
        await index.SearchAsync(Everything with { Cursor = first.NextCursor }, CancellationToken.None);

        Assert.Equal(["POST /listings/_search", "POST /listings/_search"], Calls());
        var expected = Golden.Request("search.json");
        Golden.AssertJson(expected, _server.Requests[1].Body);
        // The first page is the same search without search_after.
        expected.AsObject().Remove("search_after");
        Golden.AssertJson(expected, _server.Requests[0].Body);
    }

    [Fact]
    public async Task A_search_answer_gives_total_hits_highlights_facets_and_a_cursor_after_the_pages_last_hit()
    {
        _server.AnswerFile(200, "search-page.json");
        var result = await Index().SearchAsync(Everything, CancellationToken.None);

        Assert.Equal(5, result.Total);
        Assert.Equal([5L, 7L], result.Hits.Select(h => h.Id));   // the third hit only says a next page exists
        Assert.All(result.Hits, h => Assert.Equal(0, h.Score));
        Assert.Equal("<mark>Túi</mark> <mark>xách</mark> LV Neverfull <mark>like</mark> <mark>auth</mark> 1:1 <mark>Chanel</mark> <mark>Nike</mark>",
            result.Hits[0].Highlights["title"]);
        Assert.Equal("<mark>Túi</mark> <mark>xách</mark> nữ hàng đẹp", result.Hits[0].Highlights["description"]);
        Assert.Equal("<mark>Túi</mark> <mark>xách</mark> &lt;b&gt;<mark>Rolex</mark>&lt;/b&gt; O&#39;Neil &quot;<mark>like</mark> <mark>auth</mark>&quot; <mark>Nikon</mark> &amp; co",
            result.Hits[1].Highlights["title"]);
        Assert.False(result.Hits[1].Highlights.ContainsKey("description"));
        Assert.Equal([new("shopee", 4), new("tiktok", 1)], result.Facets[Facets.Platform]);
        Assert.Equal([new("Louis Vuitton", 2), new("Rolex", 1)], result.Facets[Facets.Brand]);
        Assert.Equal([new FacetCount("shopee:s3", 2)], result.Facets[Facets.Seller]);
        Assert.Equal([new FacetCount("high", 5)], result.Facets[Facets.Risk]);
        Assert.NotNull(result.NextCursor);
    }

    [Fact]
    public async Task Relevance_sorts_by_score_then_id_and_its_cursor_carries_the_score_exactly()
    {
        _server.AnswerFile(200, "search-relevance.json").AnswerFile(200, "search-relevance.json");
        var index = Index();
        var query = new ListingQuery { Text = "phu quoc", PageSize = 2, WithFacets = false };
        var first = await index.SearchAsync(query, CancellationToken.None);
        await index.SearchAsync(query with { Cursor = first.NextCursor }, CancellationToken.None);

        Assert.Equal([6.3120413, 6.3120413], first.Hits.Select(h => h.Score));
        Assert.Empty(first.Facets);
        var sent = _server.Requests[0].Json;
        Assert.Equal("""[{"_score":{"order":"desc"}},{"id":{"order":"asc"}}]""", sent["sort"]!.ToJsonString());
        Assert.Null(sent["aggs"]);
        Assert.Equal("[6.3120413,7]", _server.Requests[1].Json["search_after"]!.ToJsonString());
    }

    [Fact]
    public async Task The_last_page_has_no_cursor()
    {
        _server.AnswerFile(200, "search-relevance.json");
        var result = await Index().SearchAsync(new ListingQuery { Text = "phu quoc", PageSize = 3 }, CancellationToken.None);
        Assert.Equal(3, result.Hits.Count);
        Assert.Null(result.NextCursor);
        Assert.Equal(4, (int)_server.Requests[0].Json["size"]!);
    }

    [Fact]
    public async Task A_cursor_from_another_sort_a_forged_one_or_another_backends_is_refused_before_asking_the_server()
    {
        _server.AnswerFile(200, "search-page.json");
        var index = Index();
        var cursor = (await index.SearchAsync(Everything, CancellationToken.None)).NextCursor;
        var wrongValues = Base64Url.EncodeToString(Encoding.UTF8.GetBytes("""{"s":"price-asc","a":["x",7]}"""));
        var sqlCursor = new SearchCursor(SearchSort.PriceAsc, 1_200_000, 5).Encode();
        foreach (var (sort, bad) in new[] { (SearchSort.Risk, cursor), (SearchSort.PriceDesc, cursor), (SearchSort.PriceAsc, "not-a-cursor!"),
            (SearchSort.PriceAsc, wrongValues), (SearchSort.PriceAsc, sqlCursor) })
        {
            var error = await Assert.ThrowsAsync<SearchQueryException>(() => index.SearchAsync(Everything with { Sort = sort, Cursor = bad }, CancellationToken.None));
            Assert.Equal("cursor", error.Field);
        }
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Page_sizes_are_capped_and_a_search_without_words_is_newest_first_without_highlights()
    {
        _server.AnswerFile(200, "search-relevance.json").AnswerFile(200, "search-relevance.json");
        var index = Index();
        await index.SearchAsync(new ListingQuery { Text = "-lv", PageSize = 5_000 }, CancellationToken.None);
        await index.SearchAsync(new ListingQuery { PageSize = 0, WithHighlights = false }, CancellationToken.None);

        var excluding = _server.Requests[0].Json;
        Assert.Equal(ListingQuery.MaxPageSize + 1, (int)excluding["size"]!);
        Assert.Equal("""[{"firstSeen":{"order":"desc"}},{"id":{"order":"asc"}}]""", excluding["sort"]!.ToJsonString());
        Assert.Null(excluding["highlight"]);
        Assert.Equal("lv", (string?)excluding["query"]!["bool"]!["must_not"]![0]!["multi_match"]!["query"]);
        Assert.Null(excluding["query"]!["bool"]!["must"]);
        var all = _server.Requests[1].Json;
        Assert.Equal(2, (int)all["size"]!);
        Golden.AssertJson(JsonNode.Parse("""{ "match_all": {} }""")!, all["query"]!.ToJsonString());
    }
}
