namespace Enforcement.Search;

/// <summary>
/// A search index over marketplace listings. The database is the source of truth: an index holds a copy
/// that can be dropped and rebuilt at any time. Every backend passes the same conformance suite.
/// </summary>
public interface IListingIndex
{
    /// <summary>"sqlite", "postgres" or "elasticsearch".</summary>
    string Backend { get; }

    /// <summary>Creates what the index needs (tables, mappings, the alias) if missing. Safe to call again.</summary>
    Task EnsureReadyAsync(CancellationToken ct);

    /// <summary>Adds or replaces documents by id. Items the backend refused are returned, never thrown.</summary>
    Task<IndexWriteResult> UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken ct);

    /// <summary>Removes documents by id; unknown ids are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>Replaces the whole index with <paramref name="batches"/>; searches keep answering from the old copy until the new one is complete.</summary>
    Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<ListingDocument>> batches, CancellationToken ct);

    Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct);
}

/// <summary>What an upsert could not write, per document.</summary>
public sealed record IndexWriteResult(IReadOnlyList<IndexItemError> Errors)
{
    public static readonly IndexWriteResult Ok = new([]);
}

public sealed record IndexItemError(long Id, string Reason);
