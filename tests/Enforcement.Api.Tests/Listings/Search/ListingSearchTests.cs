using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Search.Folding;

namespace Enforcement.Api.Tests.Listings.Search;

/// <summary>Search over imported listings through the API, on the app's own database.</summary>
public abstract class ListingSearchTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, IListingsApp
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _imported;

    /// <summary>A synthetic corpus, imported and indexed once per app.</summary>
    private async Task<HttpClient> InspectorWithCorpusAsync()
    {
        var inspector = await app.StaffClientAsync("inspector");
        await Once.WaitAsync();
        try
        {
            if (!_imported || await CountAsync(inspector) == 0)
            {
                using var ndjson = new MemoryStream();
                Enforcement.Api.Listings.Demo.ListingCorpus.WriteNdjson(ndjson, 3_000, seed: 9);
                var report = await inspector.ImportAsync(System.Text.Encoding.UTF8.GetString(ndjson.ToArray()));
                Assert.Equal(0, report.GetProperty("rejected").GetInt32());
                await app.IndexAsync();
                _imported = true;
            }
        }
        finally { Once.Release(); }
        return inspector;
    }

    private static async Task<long> CountAsync(HttpClient client) => (await client.SearchAsync("pageSize=1")).GetProperty("total").GetInt64();

    [Fact]
    public async Task An_inspector_finds_counterfeit_looking_lv_bags_first_with_facets_and_factors_and_links_one_to_a_case()
    {
        var inspector = await InspectorWithCorpusAsync();
        var watch = Stopwatch.StartNew();
        var result = await inspector.SearchAsync("q=" + Uri.EscapeDataString("tui xach lv like auth"));
        watch.Stop();

        Assert.True(result.GetProperty("total").GetInt64() > 0);
        Assert.True(watch.ElapsedMilliseconds < 1_000, $"{watch.ElapsedMilliseconds} ms");
        var hits = result.GetProperty("hits").EnumerateArray().ToList();
        var first = hits[0];
        var folded = VietnameseFolding.Fold(first.GetProperty("title").GetString());
        Assert.Contains("lv", folded, StringComparison.Ordinal);
        Assert.Contains("like auth", folded, StringComparison.Ordinal);
        Assert.Equal("high", first.GetProperty("risk").GetProperty("band").GetString());
        Assert.True(first.GetProperty("risk").GetProperty("score").GetInt32() >= 60);
        Assert.NotEmpty(first.GetProperty("risk").GetProperty("factors").EnumerateArray());
        Assert.Contains("<mark>", first.GetProperty("highlights").GetProperty("title").GetString(), StringComparison.Ordinal);
        foreach (var facet in new[] { "platform", "brand", "seller", "risk" })
            Assert.NotEmpty(result.GetProperty("facets").GetProperty(facet).EnumerateArray());
        Assert.Equal("Louis Vuitton", result.GetProperty("facets").GetProperty("brand")[0].GetProperty("value").GetString());

        var code = await app.FileAsync();
        var id = first.GetProperty("id").GetInt64();
        var linked = await inspector.PostAsJsonAsync($"/api/staff/listings/{id}/links", new { caseCode = code });
        Assert.True(linked.IsSuccessStatusCode, await linked.Content.ReadAsStringAsync());
        var detail = await (await inspector.GetAsync($"/api/staff/listings/{id}")).JsonAsync();
        Assert.Contains(code, detail.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_has_the_contract_fields_and_pages_with_a_cursor()
    {
        var inspector = await InspectorWithCorpusAsync();
        var page = await inspector.SearchAsync("q=dong+ho&pageSize=5&sort=price_asc");
        var hit = page.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "title", "url", "platform", "price", "seller", "risk", "highlights" }) Assert.True(hit.TryGetProperty(field, out _), field);
        Assert.True(hit.GetProperty("risk").TryGetProperty("score", out _));
        Assert.True(hit.GetProperty("risk").TryGetProperty("factors", out _));
        var seen = new HashSet<long>();
        var cursor = page.GetProperty("nextCursor").GetString();
        var prices = page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("price").GetInt64()).ToList();
        Assert.Equal(prices.Order(), prices);
        Assert.NotNull(cursor);
        var next = await inspector.SearchAsync("q=dong+ho&pageSize=5&sort=price_asc&cursor=" + Uri.EscapeDataString(cursor!));
        foreach (var h in page.GetProperty("hits").EnumerateArray().Concat(next.GetProperty("hits").EnumerateArray())) Assert.True(seen.Add(h.GetProperty("id").GetInt64()));
        Assert.True(next.GetProperty("hits")[0].GetProperty("price").GetInt64() >= prices[^1]);
    }

    [Fact]
    public async Task Broken_queries_fall_back_to_plain_words_and_big_pages_are_capped()
    {
        var inspector = await InspectorWithCorpusAsync();
        async Task<long> Total(string query) => (await inspector.SearchAsync(query)).GetProperty("total").GetInt64();
        var all = await Total("");
        Assert.Equal(await Total("q=like+auth"), await Total("q=%22like+auth"));   // the unbalanced quote reads as words
        Assert.Equal(all, await Total("q=-"));                                    // a lone minus is dropped
        Assert.Equal(await Total("q=lv"), await Total("q=lv+OR+OR+-+%22%22+*+(+)"));
        Assert.Equal(100, (await inspector.SearchAsync("pageSize=100000")).GetProperty("hits").GetArrayLength());
        Assert.True(all > 100);
    }

    [Theory]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("minPrice=-5", "minPrice")]
    [InlineData("minPrice=500&maxPrice=100", "maxPrice")]
    [InlineData("sort=cheapest", "sort")]
    [InlineData("risk=extreme", "risk")]
    [InlineData("cursor=garbage", "cursor")]
    [InlineData("firstSeenFrom=31-12-2026", "firstSeenFrom")]
    [InlineData("q=nuoc%00mam%07", "q")]
    public async Task Bad_parameters_get_a_problem_naming_the_field(string query, string field)
    {
        var inspector = await app.StaffClientAsync("inspector");
        var response = await inspector.GetAsync("/api/staff/listings/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_query_of_ten_thousand_characters_is_refused_with_a_reason()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var response = await inspector.GetAsync("/api/staff/listings/search?q=" + new string('a', 10_000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("500", (await response.JsonAsync()).GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_qltt_staff_search_listings()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/staff/listings/search?q=lv")).StatusCode);
        var police = await app.StaffClientAsync("police");
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync("/api/staff/listings/search?q=lv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync("/api/staff/listings/search/export?q=lv")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsJsonAsync("/api/staff/listings/sweeps", new { name = "x", intervalMinutes = 60 })).StatusCode);
    }

    [Fact]
    public async Task A_result_set_exports_as_csv_with_formulas_defused()
    {
        var inspector = await InspectorWithCorpusAsync();
        await inspector.ImportAsync(ListingsClient.Line("csv-1", "=HYPERLINK(\"http://evil\") ví da cá sấu", 99_000));
        await app.IndexAsync();
        var response = await inspector.GetAsync("/api/staff/listings/search/export?q=" + Uri.EscapeDataString("vi da ca sau"));
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        Assert.StartsWith("id,platform,title,url,priceVnd", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines.Skip(1), l => l.Contains("csv", StringComparison.Ordinal) || l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\") ví da cá sấu\",", row, StringComparison.Ordinal);
    }
}

public sealed class SqliteListingSearchTests(ListingsSqliteApp app) : ListingSearchTests<ListingsSqliteApp>(app);

public sealed class PostgresListingSearchTests(ListingsPostgresApp app) : ListingSearchTests<ListingsPostgresApp>(app);
