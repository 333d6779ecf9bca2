using Microsoft.Extensions.Options;

namespace Enforcement.Search.Elasticsearch;

/// <summary>Elasticsearch over its REST API. (Stub: being written.)</summary>
internal sealed class ElasticsearchListingIndex(IHttpClientFactory http, IOptions<ElasticsearchOptions> options) : IListingIndex
{
    public const string ClientName = "elasticsearch";
    public string Backend => "elasticsearch";
    internal HttpClient Client => http.CreateClient(ClientName);
    internal ElasticsearchOptions Options => options.Value;
    public Task EnsureReadyAsync(CancellationToken ct) => throw new NotImplementedException();
    public Task<IndexWriteResult> UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken ct) => throw new NotImplementedException();
    public Task DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken ct) => throw new NotImplementedException();
    public Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<ListingDocument>> batches, CancellationToken ct) => throw new NotImplementedException();
    /// <summary>Makes what was written searchable now (tests; production relies on the refresh interval).</summary>
    internal Task RefreshAsync(CancellationToken ct) => throw new NotImplementedException();
    /// <summary>Deletes the alias and every versioned index behind it.</summary>
    internal Task DropAsync(CancellationToken ct) => throw new NotImplementedException();
    public Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct) => throw new NotImplementedException();
}
