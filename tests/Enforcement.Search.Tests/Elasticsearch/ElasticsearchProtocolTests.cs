using System.Text;
using System.Text.Json.Nodes;
using Enforcement.Search.Elasticsearch;
using Enforcement.Search.Tests.Conformance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Search.Tests.Elasticsearch;

/// <summary>
/// What the Elasticsearch backend sends (compared with the golden bodies in Requests/) and how it reads answers shaped
/// as Elasticsearch's documentation shows them (Responses/), against a loopback server: no Elasticsearch runs here.
/// </summary>
public sealed partial class ElasticsearchProtocolTests : IAsyncLifetime
{
    private LoopbackElasticsearch _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackElasticsearch.StartAsync();
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private ElasticsearchListingIndex Index(Action<ElasticsearchOptions>? configure = null)
    {
        var options = new ElasticsearchOptions { Url = _server.Url.ToString(), Index = "listings", RetryDelayMilliseconds = 1 };
        configure?.Invoke(options);
        return new ElasticsearchListingIndex(_services.GetRequiredService<IHttpClientFactory>(), Options.Create(options));
    }

    private string[] Calls() => [.. _server.Requests.Select(r => r.ToString())];

    [Fact]
    public async Task Ensuring_readiness_creates_the_versioned_index_with_its_mapping_behind_the_alias()
    {
        _server.AnswerFile(404, "alias-missing.json").AnswerFile(200, "index-created.json");
        await Index().EnsureReadyAsync(CancellationToken.None);
        Assert.Equal(["GET /_alias/listings", "PUT /listings-v1"], Calls());
        Golden.AssertJson(Golden.Request("create-index.json"), _server.Requests[1].Body);
    }

    [Fact]
    public async Task Ensuring_readiness_again_leaves_an_existing_alias_alone()
    {
        _server.AnswerFile(200, "alias.json");
        await Index().EnsureReadyAsync(CancellationToken.None);
        Assert.Equal(["GET /_alias/listings"], Calls());
    }

    [Fact]
    public async Task A_rebuild_loads_a_new_version_then_swaps_the_alias_atomically_and_deletes_the_old_index()
    {
        _server.AnswerFile(200, "alias.json").AnswerFile(200, "index-created.json").AnswerFile(200, "bulk-retried.json")
            .AnswerFile(200, "acknowledged.json").AnswerFile(200, "refreshed.json").AnswerFile(200, "acknowledged.json").AnswerFile(200, "acknowledged.json");
        await Index().RebuildAsync(Batches(ConformanceCorpus.All[1]), CancellationToken.None);

        Assert.Equal(["GET /_alias/listings", "PUT /listings-v2", "POST /listings-v2/_bulk", "PUT /listings-v2/_settings",
            "POST /listings-v2/_refresh", "POST /_aliases", "DELETE /listings-v1"], Calls());
        var created = _server.Requests[1].Json;
        Assert.Equal("-1", (string?)created["settings"]!["index"]!["refresh_interval"]);
        Assert.Null(created["aliases"]);   // searches stay on v1 until the swap
        Golden.AssertJson(JsonNode.Parse("""{ "index": { "refresh_interval": null } }""")!, _server.Requests[3].Body);
        Golden.AssertJson(Golden.Request("alias-swap.json"), _server.Requests[5].Body);
    }

    [Fact]
    public async Task A_rebuild_with_a_refused_listing_deletes_its_new_index_and_never_moves_the_alias()
    {
        _server.AnswerFile(200, "alias.json").AnswerFile(200, "index-created.json").AnswerFile(200, "bulk-mixed.json")
            .AnswerFile(200, "bulk-retried.json").AnswerFile(200, "acknowledged.json");
        var all = ConformanceCorpus.All[..5];
        var error = await Assert.ThrowsAsync<ElasticsearchException>(() => Index().RebuildAsync(Batches(all), CancellationToken.None));

        Assert.Contains("document_parsing_exception", error.Message, StringComparison.Ordinal);
        Assert.Equal(["GET /_alias/listings", "PUT /listings-v2", "POST /listings-v2/_bulk", "POST /listings-v2/_bulk", "DELETE /listings-v2"], Calls());
    }

    [Fact]
    public async Task An_upsert_sends_bulk_ndjson_with_one_index_action_per_listing()
    {
        _server.AnswerFile(200, "bulk-retried.json");
        var nfc = ConformanceCorpus.All[6] with { Title = ConformanceCorpus.All[6].Title.Normalize(NormalizationForm.FormC) };
        var result = await Index().UpsertAsync([ConformanceCorpus.All[2], nfc], CancellationToken.None);

        Assert.Empty(result.Errors);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST /listings/_bulk", request.ToString());
        Assert.Equal("application/vnd.elasticsearch+x-ndjson; compatible-with=8", request.Header("Content-Type"));
        Assert.EndsWith("\n", request.Body, StringComparison.Ordinal);
        var expected = Golden.Read("Requests", "bulk-upsert.ndjson").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var actual = request.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Golden.AssertJson(JsonNode.Parse(expected[i])!, actual[i]);
    }

    [Fact]
    public async Task Refused_items_are_returned_per_listing_and_items_refused_with_429_are_sent_again_alone()
    {
        _server.AnswerFile(200, "bulk-mixed.json").AnswerFile(200, "bulk-retried.json");
        var result = await Index().UpsertAsync(ConformanceCorpus.All[..5], CancellationToken.None);

        Assert.Equal([3L, 4L], result.Errors.Select(e => e.Id));
        Assert.Contains("failed to parse field [price]", result.Errors[0].Reason, StringComparison.Ordinal);
        Assert.StartsWith("mapper_parsing_exception: ", result.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("(illegal_argument_exception: failed to parse date field [yesterday]", result.Errors[1].Reason, StringComparison.Ordinal);
        var retry = _server.Requests[1].Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, retry.Length);
        Golden.AssertJson(JsonNode.Parse("""{ "index": { "_id": "2" } }""")!, retry[0]);
    }

    [Fact]
    public async Task Items_still_refused_with_429_after_the_last_retry_are_reported_not_thrown()
    {
        _server.AnswerFile(200, "bulk-mixed.json").AnswerFile(200, "bulk-rejected.json").AnswerFile(200, "bulk-rejected.json");
        var result = await Index(o => o.MaxRetries = 2).UpsertAsync(ConformanceCorpus.All[..5], CancellationToken.None);

        Assert.Equal(3, _server.Requests.Count);
        // Each retry sends only the listing refused with 429.
        Assert.All(_server.Requests.Skip(1), r => Assert.Equal(2, r.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
        Assert.Equal([2L, 3L, 4L], result.Errors.Select(e => e.Id).Order());
        Assert.Contains(result.Errors, e => e.Id == 2 && e.Reason.StartsWith("es_rejected_execution_exception", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_delete_sends_bulk_delete_actions_and_an_unknown_id_is_not_an_error()
    {
        _server.AnswerFile(200, "bulk-delete.json");
        await Index().DeleteAsync([5, 999_999], CancellationToken.None);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST /listings/_bulk", request.ToString());
        var lines = request.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Golden.AssertJson(JsonNode.Parse("""{ "delete": { "_id": "5" } }""")!, lines[0]);
        Golden.AssertJson(JsonNode.Parse("""{ "delete": { "_id": "999999" } }""")!, lines[1]);
        Assert.Equal(2, lines.Length);
    }

    private static async IAsyncEnumerable<IReadOnlyList<ListingDocument>> Batches(params ListingDocument[] documents)
    {
        await Task.Yield();
        yield return documents;
    }
}
