using Enforcement.Search.Highlighting;
using Enforcement.Search.Paging;
using Enforcement.Search.Querying;
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
        using (var writer = new SqliteListingWriter(connection, tx))
        {
            await foreach (var batch in batches.WithCancellation(ct))
            {
                foreach (var d in batch)
                {
                    if (SqliteListingWriter.Refusal(d) is null) writer.Write(d);
                }
            }
        }
        await ExecuteAsync(connection, tx, SqliteSchema.Indexes + "INSERT INTO SearchListingsFts (SearchListingsFts) VALUES ('optimize');", ct);
        await tx.CommitAsync(ct);
    }

    public async Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct)
    {
        var cursor = SearchCursor.Decode(query.Cursor, query.Sort);
        var parsed = QueryParser.Parse(query.Text, query.PrefixLastWord);
        var pageSize = query.PageSize <= 0 ? ListingQuery.DefaultPageSize : Math.Min(query.PageSize, ListingQuery.MaxPageSize);
        var ranked = query.Sort == SearchSort.Relevance && !parsed.MatchesAll;

        await using var connection = await OpenAsync(ct);
        await using var command = connection.CreateCommand();
        SqliteSearchSql.Build(command, query, parsed, cursor, pageSize + 1);
        var hits = new List<(long Id, double Key, string Title, string? Description)>();
        var facets = SqliteSearchSql.FacetKinds.ToDictionary(f => f, _ => new List<FacetCount>());
        long total = 0;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var kind = reader.GetInt32(0);
                if (kind == SqliteSearchSql.Page)
                    hits.Add((reader.GetInt64(1), reader.GetDouble(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
                else if (kind == SqliteSearchSql.Total) total = reader.GetInt64(5);
                else facets[SqliteSearchSql.FacetKinds[kind - 1]].Add(new FacetCount(reader.GetString(3), reader.GetInt64(5)));
            }
        }

        string? next = null;
        if (hits.Count > pageSize)
        {
            hits.RemoveAt(pageSize);
            next = new SearchCursor(query.Sort, ranked ? -hits[^1].Key : hits[^1].Key, hits[^1].Id).Encode();
        }
        var empty = new Dictionary<string, string>();
        var page = hits.Select(h => new ListingHit(h.Id, ranked ? -h.Key : 0,
            query.WithHighlights ? Highlighter.For(h.Title, h.Description, parsed) : empty)).ToList();
        var facetResult = query.WithFacets
            ? facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetCount>)f.Value)
            : new Dictionary<string, IReadOnlyList<FacetCount>>();
        return new ListingSearchResult(total, page, facetResult, next);
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
