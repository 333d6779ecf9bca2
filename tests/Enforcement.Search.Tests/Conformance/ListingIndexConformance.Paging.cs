using Enforcement.Search.Paging;

namespace Enforcement.Search.Tests.Conformance;

public abstract partial class ListingIndexConformance
{
    private async Task<long[]> OrderAsync(ListingQuery query) => [.. (await SearchAsync(query with { PageSize = 100 })).Hits.Select(h => h.Id)];

    [ConformanceFact]
    public async Task Sorts_by_risk_price_and_newest_with_ties_by_id()
    {
        AssertIds([5, 3, 9, 6, 12, 7, 2, 4, 1, 8, 10, 11, 13, 14], await OrderAsync(new ListingQuery { Sort = SearchSort.Risk }));
        AssertIds([14, 13, 1, 10, 12, 9, 6, 5, 2, 3, 8, 11, 4, 7], await OrderAsync(new ListingQuery { Sort = SearchSort.PriceAsc }));
        AssertIds([4, 11, 8, 3, 2, 5, 6, 9, 12, 10, 1, 13, 14, 7], await OrderAsync(new ListingQuery { Sort = SearchSort.PriceDesc }));
        AssertIds([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1], await OrderAsync(new ListingQuery { Sort = SearchSort.Newest }));
        AssertIds([14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1], await OrderAsync(new ListingQuery { Sort = SearchSort.Relevance }));
    }

    [ConformanceFact]
    public async Task Relevance_puts_title_matches_before_description_matches()
    {
        var order = await OrderAsync(new ListingQuery { Text = "phu quoc", Sort = SearchSort.Relevance });
        Assert.Equal(3, order.Length);
        Assert.Equal(14, order[^1]);
        var scores = (await SearchAsync(new ListingQuery { Text = "phu quoc" })).Hits.Select(h => h.Score).ToList();
        Assert.True(scores[0] >= scores[1] && scores[1] > scores[2], string.Join(", ", scores));
    }

    [ConformanceFact]
    public async Task Cursor_pages_visit_every_match_once_in_order()
    {
        foreach (var sort in Enum.GetValues<SearchSort>())
        {
            foreach (var text in new[] { null, "nuoc OR giay OR tui OR dong" })
            {
                var all = await OrderAsync(new ListingQuery { Text = text, Sort = sort });
                var paged = new List<long>();
                string? cursor = null;
                var pages = 0;
                do
                {
                    var page = await SearchAsync(new ListingQuery { Text = text, Sort = sort, PageSize = 3, Cursor = cursor });
                    Assert.Equal(all.Length, page.Total);
                    paged.AddRange(page.Hits.Select(h => h.Id));
                    cursor = page.NextCursor;
                    Assert.True(++pages <= 10, "paging does not end");
                }
                while (cursor is not null);
                Assert.Equal(all, paged);
            }
        }
    }

    [ConformanceFact]
    public async Task Deep_paging_through_equal_scores_loses_and_repeats_nothing()
    {
        var many = Enumerable.Range(100, 250).Select(i => ConformanceCorpus.Doc(i, "sendo", $"Áo thun cotton mẫu {i % 7}", null, "Local", "sendo:x", 99_000, 20)).ToList();
        Assert.Empty((await Index.UpsertAsync(many, CancellationToken.None)).Errors);
        await RefreshAsync();
        foreach (var sort in new[] { SearchSort.Relevance, SearchSort.PriceAsc, SearchSort.Risk })
        {
            var seen = new List<long>();
            string? cursor = null;
            do
            {
                var page = await SearchAsync(new ListingQuery { Text = "ao thun", Sort = sort, PageSize = 7, Cursor = cursor, WithFacets = false });
                seen.AddRange(page.Hits.Select(h => h.Id));
                cursor = page.NextCursor;
            }
            while (cursor is not null && seen.Count <= 300);
            Assert.Equal(Enumerable.Range(100, 250).Select(i => (long)i), seen.Order());
        }
    }

    [ConformanceFact]
    public async Task A_cursor_from_another_sort_or_a_forged_one_is_refused()
    {
        var page = await SearchAsync(new ListingQuery { Sort = SearchSort.Risk, PageSize = 2 });
        Assert.NotNull(page.NextCursor);
        var foreign = await Assert.ThrowsAsync<SearchQueryException>(() => SearchAsync(new ListingQuery { Sort = SearchSort.PriceAsc, Cursor = page.NextCursor }));
        Assert.Equal("cursor", foreign.Field);
        await Assert.ThrowsAsync<SearchQueryException>(() => SearchAsync(new ListingQuery { Cursor = "not-a-cursor!" }));
    }

    [ConformanceFact]
    public async Task Page_size_is_capped()
    {
        var many = Enumerable.Range(1000, 150).Select(i => ConformanceCorpus.Doc(i, "other", $"Mũ bảo hiểm {i}", null, null, null, 150_000, 0)).ToList();
        await Index.UpsertAsync(many, CancellationToken.None);
        await RefreshAsync();
        var page = await SearchAsync(new ListingQuery { Text = "mu bao hiem", PageSize = 5_000 });
        Assert.Equal(150, page.Total);
        Assert.Equal(ListingQuery.MaxPageSize, page.Hits.Count);
        Assert.NotEmpty((await SearchAsync(new ListingQuery { PageSize = 0 })).Hits);
    }
}
