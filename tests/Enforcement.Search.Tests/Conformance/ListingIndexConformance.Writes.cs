namespace Enforcement.Search.Tests.Conformance;

public abstract partial class ListingIndexConformance
{
    [ConformanceFact]
    public async Task An_upsert_replaces_the_document_with_the_same_id()
    {
        var changed = ConformanceCorpus.All[0] with { Title = "Mật ong bạc hà Hà Giang", Description = null, Price = 300_000, Risk = 70, RiskBand = RiskBands.High };
        Assert.Empty((await Index.UpsertAsync([changed], CancellationToken.None)).Errors);
        await RefreshAsync();

        AssertIds([7, 14], await IdsAsync("nuoc mam"));
        AssertIds([1], await IdsAsync("mat ong"));
        Assert.Equal(14, (await SearchAsync(new ListingQuery())).Total);
        AssertIds([1, 3, 5, 6, 9, 12], await IdsAsync(new ListingQuery { RiskBands = [RiskBands.High] }));
    }

    [ConformanceFact]
    public async Task Upserting_the_same_documents_twice_changes_nothing()
    {
        Assert.Empty((await Index.UpsertAsync(ConformanceCorpus.All, CancellationToken.None)).Errors);
        await RefreshAsync();
        Assert.Equal(14, (await SearchAsync(new ListingQuery())).Total);
        AssertIds([1, 7, 14], await IdsAsync("nuoc mam"));
    }

    [ConformanceFact]
    public async Task A_deleted_document_is_no_longer_found()
    {
        await Index.DeleteAsync([5, 999_999], CancellationToken.None);
        await RefreshAsync();
        Assert.Empty(await IdsAsync("tui xach lv like auth"));
        Assert.Equal(13, (await SearchAsync(new ListingQuery())).Total);
        Assert.Equal(new FacetCount("Louis Vuitton", 2), (await SearchAsync(new ListingQuery())).Facets[Facets.Brand][0]);
    }

    [ConformanceFact]
    public async Task A_rebuild_replaces_the_whole_index()
    {
        var fresh = new[]
        {
            ConformanceCorpus.Doc(501, "shopee", "Trà Thái Nguyên đặc sản", null, null, "shopee:t", 200_000, 0),
            ConformanceCorpus.Doc(502, "lazada", "Túi xách da bò thủ công", null, null, "lazada:t", 900_000, 0),
        };
        await Index.RebuildAsync(Batches(fresh), CancellationToken.None);
        await RefreshAsync();
        Assert.Equal(2, (await SearchAsync(new ListingQuery())).Total);
        AssertIds([502], await IdsAsync("tui xach"));
        AssertIds([501], await IdsAsync("tra thai nguyen"));
    }

    [ConformanceFact]
    public async Task Ensuring_readiness_again_keeps_the_documents()
    {
        await Index.EnsureReadyAsync(CancellationToken.None);
        Assert.Equal(14, (await SearchAsync(new ListingQuery())).Total);
    }

    private static async IAsyncEnumerable<IReadOnlyList<ListingDocument>> Batches(ListingDocument[] documents)
    {
        foreach (var d in documents)
        {
            await Task.Yield();
            yield return [d];
        }
    }
}
