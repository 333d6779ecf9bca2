namespace Enforcement.Search.Sqlite;

/// <summary>SQLite FTS5 over folded shadow columns. (Stub: being written.)</summary>
internal sealed class SqliteListingIndex(string connectionString) : IListingIndex
{
    public string Backend => "sqlite";
    public string ConnectionString => connectionString;
    public Task EnsureReadyAsync(CancellationToken ct) => throw new NotImplementedException();
    public Task<IndexWriteResult> UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken ct) => throw new NotImplementedException();
    public Task DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken ct) => throw new NotImplementedException();
    public Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<ListingDocument>> batches, CancellationToken ct) => throw new NotImplementedException();
    public Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct) => throw new NotImplementedException();
}
