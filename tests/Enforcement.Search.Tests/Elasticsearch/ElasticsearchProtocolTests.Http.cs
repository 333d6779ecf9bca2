using Enforcement.Search.Elasticsearch;

namespace Enforcement.Search.Tests.Elasticsearch;

public sealed partial class ElasticsearchProtocolTests
{
    private const string ApiKey = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";

    [Fact]
    public async Task The_api_key_is_sent_only_when_configured()
    {
        _server.AnswerFile(200, "refreshed.json").AnswerFile(200, "refreshed.json");
        await Index(o => o.ApiKey = ApiKey).RefreshAsync(CancellationToken.None);
        await Index().RefreshAsync(CancellationToken.None);
        Assert.Equal("ApiKey " + ApiKey, _server.Requests[0].Header("Authorization"));
        Assert.Null(_server.Requests[1].Header("Authorization"));
    }

    [Theory]
    [InlineData(8, "application/vnd.elasticsearch+json; compatible-with=8", "application/vnd.elasticsearch+x-ndjson; compatible-with=8")]
    [InlineData(0, "application/json", "application/x-ndjson")]
    public async Task The_compatibility_header_follows_the_configuration(int compatibleWith, string json, string ndjson)
    {
        _server.AnswerFile(200, "search-relevance.json").AnswerFile(200, "bulk-retried.json");
        var index = Index(o => o.CompatibleWith = compatibleWith);
        await index.SearchAsync(new ListingQuery { Text = "phu quoc" }, CancellationToken.None);
        await index.UpsertAsync([Conformance.ConformanceCorpus.All[1]], CancellationToken.None);

        Assert.Equal(json, _server.Requests[0].Header("Accept"));
        Assert.Equal(json, _server.Requests[0].Header("Content-Type"));
        Assert.Equal(json, _server.Requests[1].Header("Accept"));
        Assert.Equal(ndjson, _server.Requests[1].Header("Content-Type"));
    }

    [Fact]
    public async Task A_request_refused_with_429_is_sent_again_until_it_succeeds()
    {
        _server.AnswerFile(429, "too-many-requests.json").AnswerFile(429, "too-many-requests.json").AnswerFile(200, "search-relevance.json");
        var result = await Index().SearchAsync(new ListingQuery { Text = "phu quoc" }, CancellationToken.None);
        Assert.Equal(3, result.Total);
        Assert.Equal(3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal(_server.Requests[0].Body, r.Body));
    }

    [Fact]
    public async Task A_request_still_refused_with_429_after_the_last_retry_throws_the_servers_reason()
    {
        for (var i = 0; i < 3; i++) _server.AnswerFile(429, "too-many-requests.json");
        var error = await Assert.ThrowsAsync<ElasticsearchException>(() => Index(o => o.MaxRetries = 2).SearchAsync(new ListingQuery(), CancellationToken.None));
        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(429, error.Status);
        Assert.Equal("es_rejected_execution_exception", error.ErrorType);
        Assert.Contains("rejected execution of coordinating operation", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_becomes_an_exception_with_its_reason_and_root_cause_and_without_the_key()
    {
        _server.AnswerFile(400, "search-phase-failed.json").AnswerFile(404, "index-not-found.json").Answer(502, "<html>Bad Gateway " + ApiKey + "</html>");
        var index = Index(o => o.ApiKey = ApiKey);
        var failed = await Assert.ThrowsAsync<ElasticsearchException>(() => index.SearchAsync(new ListingQuery { Text = "x" }, CancellationToken.None));
        var missing = await Assert.ThrowsAsync<ElasticsearchException>(() => index.RefreshAsync(CancellationToken.None));
        var proxy = await Assert.ThrowsAsync<ElasticsearchException>(() => index.RefreshAsync(CancellationToken.None));

        Assert.Equal(400, failed.Status);
        Assert.Equal("Elasticsearch answered 400 to POST /listings/_search: search_phase_execution_exception: all shards failed"
            + " (root cause: query_shard_exception: failed to create query: For input string: \"abc\")", failed.Message);
        Assert.Equal("Elasticsearch answered 404 to POST /listings/_refresh: index_not_found_exception: no such index [listings]", missing.Message);
        Assert.Equal("index_not_found_exception", missing.ErrorType);
        Assert.Contains("Bad Gateway", proxy.Message, StringComparison.Ordinal);
        Assert.All(new[] { failed, missing, proxy }, e => Assert.DoesNotContain(ApiKey, e.Message, StringComparison.Ordinal));
    }
}
