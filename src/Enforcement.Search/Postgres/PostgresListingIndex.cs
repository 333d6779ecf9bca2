using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Search.Postgres;

/// <summary>
/// PostgreSQL full-text search over the "SearchListings" table of the app's database: a stored tsvector of
/// C#-folded words through an IMMUTABLE unaccent wrapper, GIN indexed; filters on b-tree indexed columns.
/// </summary>
internal sealed class PostgresListingIndex(string connectionString) : IListingIndex, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public string Backend => "postgres";
    public string ConnectionString => connectionString;

    public async Task EnsureReadyAsync(CancellationToken ct)
    {
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await ExecuteAsync(conn, tx, PostgresSchema.Extensions, ct);
        await ExecuteAsync(conn, tx, PostgresSchema.CreateTable(PostgresSchema.Table) + PostgresSchema.CreateIndexes(PostgresSchema.Table), ct);
        await tx.CommitAsync(ct);
    }

    public async Task<IndexWriteResult> UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken ct)
    {
        var (rows, errors) = PostgresRow.From(documents);
        if (rows.Count > 0)
        {
            await using var conn = await _dataSource.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await PostgresWrites.UpsertAsync(conn, tx, rows, ct);
            await tx.CommitAsync(ct);
        }
        return errors.Count == 0 ? IndexWriteResult.Ok : new IndexWriteResult(errors);
    }

    public async Task DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await using var cmd = new NpgsqlCommand($"""DELETE FROM "{PostgresSchema.Table}" WHERE "Id" = ANY(@ids)""", conn);
        cmd.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.Distinct().ToArray() });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Loads a fresh table with COPY, indexes it once full, then swaps names in one short transaction: searches
    /// answer from the old table until the swap commits. Writes made to the old table meanwhile are lost with it;
    /// the database, being the source of truth, replays them.
    /// </summary>
    public async Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<ListingDocument>> batches, CancellationToken ct)
    {
        await EnsureReadyAsync(ct);
        await using var conn = await _dataSource.OpenConnectionAsync(ct);
        await ExecuteAsync(conn, null, $"""DROP TABLE IF EXISTS "{PostgresSchema.RebuildTable}";""" + PostgresSchema.CreateTable(PostgresSchema.RebuildTable), ct);
        try
        {
            await foreach (var batch in batches.WithCancellation(ct))
            {
                var (rows, _) = PostgresRow.From(batch);
                await PostgresWrites.CopyAsync(conn, PostgresSchema.RebuildTable, rows, ct);
            }
            await ExecuteAsync(conn, null, "SET maintenance_work_mem = '256MB';" + PostgresSchema.CreateIndexes(PostgresSchema.RebuildTable)
                + $"""ANALYZE "{PostgresSchema.RebuildTable}";""", ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await ExecuteAsync(conn, tx, PostgresSchema.Swap(), ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            await ExecuteAsync(conn, null, $"""DROP TABLE IF EXISTS "{PostgresSchema.RebuildTable}";""", CancellationToken.None);
            throw;
        }
    }

    public Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct) =>
        PostgresSearch.RunAsync(_dataSource, query, ct);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
