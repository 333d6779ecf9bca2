namespace Enforcement.Search.Postgres;

/// <summary>PostgreSQL tsvector over an IMMUTABLE unaccent wrapper, pg_trgm for prefixes. (Stub: being written.)</summary>
internal sealed class PostgresListingIndex(string connectionString) : IListingIndex
{
    public string Backend => "postgres";
    public string ConnectionString => connectionString;
    public Task EnsureReadyAsync(CancellationToken ct) => throw new NotImplementedException();
    public Task<IndexWriteResult> UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken ct) => throw new NotImplementedException();
    public Task DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken ct) => throw new NotImplementedException();
    public Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<ListingDocument>> batches, CancellationToken ct) => throw new NotImplementedException();
    public Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct) => throw new NotImplementedException();
}
