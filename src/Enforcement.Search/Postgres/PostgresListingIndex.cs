using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Search.Postgres;

/// <summary>
/// PostgreSQL full-text search over the "SearchListings" table of the app's database: a stored tsvector of
/// C#-folded words through an IMMUTABLE unaccent wrapper, GIN indexed; filters on b-tree indexed columns.
/// </summary>
internal sealed class PostgresListingIndex(string connectionString) : IListingIndex, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(WithoutJit(connectionString));

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
            await PostgresWrites.InsertAsync(conn, tx, PostgresSchema.Table, upsert: true, rows, ct);
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
    /// Fills a fresh table (an id seen twice keeps its last version), indexes it once full, vacuums it (so the
    /// visibility map lets scans skip heap checks), then swaps names in one short transaction: searches
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
                await PostgresWrites.InsertAsync(conn, null, PostgresSchema.RebuildTable, upsert: true, rows, ct);
            }
            await ExecuteAsync(conn, null, "SET maintenance_work_mem = '256MB';" + PostgresSchema.CreateIndexes(PostgresSchema.RebuildTable), ct);
            await ExecuteAsync(conn, null, $"""VACUUM (ANALYZE) "{PostgresSchema.RebuildTable}";""", ct);
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

    /// <summary>JIT off: compiling takes longer than these short queries (PostgreSQL starts it at a planned cost of 100,000).</summary>
    private static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c jit=off".Trim();
        return builder.ConnectionString;
    }

    private static async Task ExecuteAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
