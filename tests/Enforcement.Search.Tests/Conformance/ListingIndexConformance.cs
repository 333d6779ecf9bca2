using System.Text;

namespace Enforcement.Search.Tests.Conformance;

/// <summary>
/// What every <see cref="IListingIndex"/> must do, written once. A backend's test class inherits it and says
/// how to make an empty index; each test gets a fresh one holding <see cref="ConformanceCorpus.All"/>.
/// </summary>
public abstract partial class ListingIndexConformance : IAsyncLifetime
{
    protected IListingIndex Index { get; private set; } = null!;

    /// <summary>A new, empty index of the backend under test, ready (<see cref="IListingIndex.EnsureReadyAsync"/> done).</summary>
    protected abstract Task<IListingIndex> CreateIndexAsync();

    /// <summary>Makes earlier writes visible to searches (Elasticsearch refreshes; the SQL backends need nothing).</summary>
    protected virtual Task RefreshAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Index = await CreateIndexAsync();
        var result = await Index.UpsertAsync(ConformanceCorpus.All, CancellationToken.None);
        Assert.Empty(result.Errors);
        await RefreshAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Index is IAsyncDisposable d) await d.DisposeAsync();
    }

    protected static void AssertIds(long[] expected, long[] actual) => Assert.Equal(expected, actual);

    protected Task<ListingSearchResult> SearchAsync(ListingQuery query) => Index.SearchAsync(query, CancellationToken.None);

    protected async Task<long[]> IdsAsync(string? text, bool prefix = false)
    {
        var result = await SearchAsync(new ListingQuery { Text = text, PrefixLastWord = prefix, PageSize = 100, Sort = SearchSort.Risk });
        return [.. result.Hits.Select(h => h.Id).Order()];
    }

    protected async Task<long[]> IdsAsync(ListingQuery query) =>
        [.. (await SearchAsync(query with { PageSize = 100 })).Hits.Select(h => h.Id).Order()];

    // Folding: with or without diacritics, both ways, NFC and NFD alike.

    [ConformanceFact]
    public async Task Words_without_diacritics_find_words_with_them() =>
        AssertIds([1, 7, 14], await IdsAsync("nuoc mam phu quoc"));

    [ConformanceFact]
    public async Task Dong_ho_finds_lower_and_upper_case_dong_ho() =>
        AssertIds([2, 3], await IdsAsync("dong ho"));

    [ConformanceFact]
    public async Task Words_with_diacritics_find_words_typed_without_them() =>
        AssertIds([4, 5, 6], await IdsAsync("túi xách"));

    [ConformanceFact]
    public async Task A_decomposed_query_finds_what_the_composed_one_does()
    {
        AssertIds([1, 7, 14], await IdsAsync("Nước mắm".Normalize(NormalizationForm.FormD)));
        AssertIds([1, 7, 14], await IdsAsync("NƯỚC MẮM"));
    }

    [ConformanceFact]
    public async Task Every_word_must_match_in_title_description_or_brand()
    {
        AssertIds([5], await IdsAsync("tui xach lv like auth"));
        AssertIds([3], await IdsAsync("bao check"));
        AssertIds([4, 5, 6], await IdsAsync("louis vuitton"));
    }

    [ConformanceFact]
    public async Task A_word_that_matches_nothing_finds_nothing()
    {
        Assert.Empty(await IdsAsync("xyzzyq"));
        Assert.Empty(await IdsAsync("nuoc xyzzyq"));
        Assert.Empty(await IdsAsync(new string('a', 400)));
    }

    // Operators.

    [ConformanceFact]
    public async Task A_quoted_phrase_matches_those_words_in_that_order()
    {
        AssertIds([3, 5], await IdsAsync("\"like auth\""));
        AssertIds([1, 7, 14], await IdsAsync("\"nuoc mam phu quoc\""));
        Assert.Empty(await IdsAsync("\"auth like\""));
        Assert.Empty(await IdsAsync("\"mam nuoc\""));
    }

    [ConformanceFact]
    public async Task A_minus_excludes_a_word_or_a_phrase()
    {
        AssertIds([4, 5], await IdsAsync("tui xach -replica"));
        AssertIds([6], await IdsAsync("lv -\"like auth\""));
        AssertIds([8], await IdsAsync("nike -fake"));
    }

    [ConformanceFact]
    public async Task Only_exclusions_match_everything_else() =>
        AssertIds([1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14], await IdsAsync("-lv"));

    [ConformanceFact]
    public async Task OR_matches_either_side()
    {
        AssertIds([3, 12], await IdsAsync("rolex OR chanel"));
        AssertIds([2, 8, 9], await IdsAsync("nike OR casio"));
        AssertIds([8, 9], await IdsAsync("giay nike OR adidas"));
    }

    [ConformanceFact]
    public async Task A_star_or_type_ahead_matches_word_prefixes()
    {
        AssertIds([1, 7, 14], await IdsAsync("nuoc ma*"));
        AssertIds([2, 3], await IdsAsync("dong h", prefix: true));
        AssertIds([8, 9], await IdsAsync("giay nik", prefix: true));
        Assert.Empty(await IdsAsync("giay nik"));
    }

    [ConformanceFact]
    public async Task Broken_syntax_falls_back_to_plain_words()
    {
        AssertIds([3, 5], await IdsAsync("\"like auth"));
        Assert.Equal(14, (await IdsAsync("-")).Length);
        AssertIds([1, 7, 14], await IdsAsync("nuoc\u0000 \u0007mam"));
        AssertIds([2, 3], await IdsAsync("dong ho " + new string(' ', 9_000) + "x"));
        foreach (var hostile in new[] { "AND OR NOT", "NEAR(a b)", "a:b ( ) ^ * ' \\ ; --", "\"\"\"", "OR", "nuoc' OR ( mam", "* ** -*", "title:nuoc", "{}[]<>!&|" })
        {
            var result = await SearchAsync(new ListingQuery { Text = hostile, PageSize = 5 });
            Assert.True(result.Total <= ConformanceCorpus.All.Length, hostile);
            Assert.Equal((int)Math.Min(result.Total, 5), result.Hits.Count);
        }
    }
}
