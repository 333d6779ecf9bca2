using Microsoft.Data.Sqlite;

namespace Enforcement.Search.Sqlite;

/// <summary>
/// SQLite FTS5 over folded shadow columns, in the app's own database file: short transactions under WAL, so the
/// app's writers wait little; readers keep their snapshot while a rebuild runs.
/// </summary>
internal sealed class SqliteListingIndex(string connectionString) : IListingIndex
{
    public string Backend => "sqlite";
    public string ConnectionString => connectionString;

    public async Task EnsureReadyAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", ct);
        await using var tx = connection.BeginTransaction();
        await ExecuteAsync(connection, tx, SqliteSchema.Tables + SqliteSchema.Indexes, ct);
        await tx.CommitAsync(ct);
    }

    public async Task<IndexWriteResult> UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken ct)
    {
        var errors = new List<IndexItemError>();
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction();
        using (var writer = new SqliteListingWriter(connection, tx))
        {
            foreach (var d in documents)
            {
                ct.ThrowIfCancellationRequested();
                if (SqliteListingWriter.Refusal(d) is { } reason) errors.Add(new IndexItemError(d.Id, reason));
                else writer.Write(d);
            }
        }
        await tx.CommitAsync(ct);
        return errors.Count == 0 ? IndexWriteResult.Ok : new IndexWriteResult(errors);
    }

    public async Task DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = """
            DELETE FROM SearchListings WHERE Id = $id;
            DELETE FROM SearchListingTexts WHERE Id = $id;
            DELETE FROM SearchListingsFts WHERE rowid = $id;
            """;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        foreach (var value in ids)
        {
            id.Value = value;
            await command.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>
    /// Clears and refills in one transaction: readers see the old copy until the commit. Indexes are dropped and
    /// made again at the end, which is much faster than keeping them up to date row by row.
    /// </summary>
    public async Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<ListingDocument>> batches, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = connection.BeginTransaction();
        await ExecuteAsync(connection, tx, SqliteSchema.DropIndexes + SqliteSchema.Clear, ct);
        var seen = new HashSet<long>();
        using (var writer = new SqliteListingWriter(connection, tx, replace: false))
        using (var replacer = new SqliteListingWriter(connection, tx))
        {
            await foreach (var batch in batches.WithCancellation(ct))
            {
                foreach (var d in batch)
                {
                    if (SqliteListingWriter.Refusal(d) is not null) continue;
                    if (seen.Add(d.Id)) writer.Write(d);
                    else replacer.Write(d);   // the same id twice: the last one wins, as in an upsert
                }
            }
        }
        // One FTS5 segment: faster searches, and the next upserts do not inherit the merging.
        await ExecuteAsync(connection, tx, SqliteSchema.Indexes + "INSERT INTO SearchListingsFts (SearchListingsFts) VALUES ('optimize');", ct);
        await tx.CommitAsync(ct);
    }

    public async Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        return await SqliteSearcher.SearchAsync(connection, query, ct);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        // Durable at every commit under WAL except on power loss; the database stays the source of truth anyway.
        await ExecuteAsync(connection, null, "PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;", ct);
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
