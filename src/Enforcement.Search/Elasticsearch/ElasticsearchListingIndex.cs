using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enforcement.Search.Querying;
using Microsoft.Extensions.Options;

namespace Enforcement.Search.Elasticsearch;

/// <summary>
/// Elasticsearch over its REST API. Searches and writes go through the alias <see cref="ElasticsearchOptions.Index"/>;
/// behind it sits one versioned index "{Index}-v{n}". A rebuild loads "{Index}-v{n+1}", then moves the alias in one
/// atomic <c>_aliases</c> call and deletes the old index, so searches never see a half-built index.
/// </summary>
internal sealed partial class ElasticsearchListingIndex(IHttpClientFactory http, IOptions<ElasticsearchOptions> options) : IListingIndex
{
    public const string ClientName = "elasticsearch";
    /// <summary>Actions per <c>_bulk</c> request: a few MB, well under the server's 100 MB limit.</summary>
    internal const int BulkSize = 500;

    public string Backend => "elasticsearch";
    internal HttpClient Client => http.CreateClient(ClientName);
    internal ElasticsearchOptions Options => options.Value;
    private ElasticsearchTransport Transport => new(Client, Options);
    private string Alias => Options.Index;

    public async Task EnsureReadyAsync(CancellationToken ct)
    {
        if ((await IndicesBehindAliasAsync(ct)).Count > 0) return;
        await CreateIndexAsync(VersionName(1), withAlias: true, ct);
    }

    public async Task<IndexWriteResult> UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken ct)
    {
        var errors = new List<IndexItemError>();
        foreach (var chunk in documents.Chunk(BulkSize))
            errors.AddRange((await BulkAsync(Alias, [.. chunk.Select(BulkRequest.Index)], ct)).Select(f => new IndexItemError(f.Id, f.Reason)));
        return errors.Count == 0 ? IndexWriteResult.Ok : new IndexWriteResult(errors);
    }

    public async Task DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(BulkSize))
            ThrowIfAny(await BulkAsync(Alias, [.. chunk.Select(BulkRequest.Delete)], ct), "delete");
    }

    public async Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<ListingDocument>> batches, CancellationToken ct)
    {
        var old = await IndicesBehindAliasAsync(ct);
        var next = VersionName(old.Select(VersionOf).DefaultIfEmpty(0).Max() + 1);
        await CreateIndexAsync(next, withAlias: false, ct);
        try
        {
            await foreach (var batch in batches.WithCancellation(ct))
            {
                foreach (var chunk in batch.Chunk(BulkSize))
                    ThrowIfAny(await BulkAsync(next, [.. chunk.Select(BulkRequest.Index)], ct), "rebuild");
            }
            var settings = new JsonObject { ["index"] = new JsonObject { ["refresh_interval"] = null } };
            await Transport.SendAsync(HttpMethod.Put, $"/{next}/_settings", Json(settings), ct);
            await Transport.SendAsync(HttpMethod.Post, $"/{next}/_refresh", null, ct);
            var actions = new JsonArray([.. old.Select(i => (JsonNode)AliasAction("remove", i))]) { AliasAction("add", next) };
            await Transport.SendAsync(HttpMethod.Post, "/_aliases", Json(new JsonObject { ["actions"] = actions }), ct);
        }
        catch
        {
            // The alias never moved: drop the half-built index; the first error is the one to report.
            try { await Transport.SendAsync(HttpMethod.Delete, $"/{next}", null, CancellationToken.None, accepted: 404); }
            catch (ElasticsearchException) { }
            throw;
        }
        foreach (var index in old) await Transport.SendAsync(HttpMethod.Delete, $"/{index}", null, ct, accepted: 404);
    }

    /// <summary>Makes what was written searchable now (tests; production relies on the refresh interval).</summary>
    internal Task RefreshAsync(CancellationToken ct) => Transport.SendAsync(HttpMethod.Post, $"/{Alias}/_refresh", null, ct);

    /// <summary>Deletes the alias and every versioned index behind it.</summary>
    internal async Task DropAsync(CancellationToken ct)
    {
        foreach (var index in await IndicesBehindAliasAsync(ct))
            await Transport.SendAsync(HttpMethod.Delete, $"/{index}", null, ct, accepted: 404);
    }

    public async Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct)
    {
        var parsed = QueryParser.Parse(query.Text, query.PrefixLastWord);
        var sort = SortPlan.For(query.Sort, hasText: parsed.Must.Count > 0);
        var after = sort.SearchAfter(query.Cursor);
        var pageSize = Math.Clamp(query.PageSize, 1, ListingQuery.MaxPageSize);
        var body = SearchRequest.Build(query, parsed, sort, after, pageSize);
        var response = await Transport.SendAsync(HttpMethod.Post, $"/{Alias}/_search", Json(body), ct);
        return SearchResponse.Read(response.Body, sort, pageSize, query.WithFacets);
    }

    /// <summary>Sends a bulk request, then again only the items refused with 429, with backoff; answers what still failed.</summary>
    private async Task<List<BulkFailure>> BulkAsync(string target, IReadOnlyList<BulkAction> actions, CancellationToken ct)
    {
        var failed = new List<BulkFailure>();
        var pending = actions;
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var response = await Transport.SendAsync(HttpMethod.Post, $"/{target}/_bulk", BulkRequest.Body(pending), ct, ndjson: true);
            var failures = BulkRequest.Failures(response.Body, pending);
            failed.AddRange(failures.Where(f => f.Status != 429));
            var rejected = failures.Where(f => f.Status == 429).ToList();
            if (rejected.Count > 0 && attempt >= Transport.MaxRetries)
            {
                failed.AddRange(rejected);
                break;
            }
            if (rejected.Count > 0) await Task.Delay(Transport.Backoff(attempt), ct);
            pending = [.. rejected.Select(f => pending[f.Position])];
        }
        return failed;
    }

    private static string Json(JsonNode body) => body.ToJsonString(BulkRequest.Json);

    private static void ThrowIfAny(List<BulkFailure> failures, string what)
    {
        if (failures.Count == 0) return;
        var first = failures[0];
        throw new ElasticsearchException($"Elasticsearch refused {failures.Count} {what} item(s); listing {first.Id}: {first.Reason}", first.Status, null);
    }
}
