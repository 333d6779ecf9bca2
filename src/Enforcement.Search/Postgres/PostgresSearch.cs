using Enforcement.Search.Highlighting;
using Enforcement.Search.Paging;
using Enforcement.Search.Querying;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Search.Postgres;

/// <summary>One search: the tsquery, then the page and the facet counts (with the exact total) side by side.</summary>
internal static class PostgresSearch
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> NoFacets =
        Facets.All.ToDictionary(f => f, IReadOnlyList<FacetCount> (_) => []);

    public static async Task<ListingSearchResult> RunAsync(NpgsqlDataSource dataSource, ListingQuery query, CancellationToken ct)
    {
        var parsed = QueryParser.Parse(query.Text, query.PrefixLastWord);
        var cursor = SearchCursor.Decode(query.Cursor, query.Sort);
        var size = query.PageSize <= 0 ? ListingQuery.DefaultPageSize : Math.Min(query.PageSize, ListingQuery.MaxPageSize);
        await using var conn = await dataSource.OpenConnectionAsync(ct);

        var tsquery = await TsQueryAsync(conn, parsed, ct);
        if (tsquery?.Any == "" && !parsed.MatchesAll) return new ListingSearchResult(0, [], NoFacets, null);
        var hasText = !string.IsNullOrEmpty(tsquery?.Any);
        var sort = query.Sort == SearchSort.Relevance && parsed.MatchesAll ? SearchSort.Newest : query.Sort;
        var sql = new PostgresSearchSql(query, hasText);
        var after = cursor is null ? "" : " AND " + sql.After(cursor, sort);
        var score = hasText ? PostgresSearchSql.Score : "0::float8";

        // The page and the counts are independent scans: on two connections they run on two cores at once.
        var pageSql = $"""
            SELECT "Id", "Title", "Description", "Price", "Risk", "FirstSeen", {score} AS score
            FROM "{PostgresSchema.Table}" WHERE {sql.Where}{after}
            ORDER BY {PostgresSearchSql.OrderBy(sort)} LIMIT {size + 1}
            """;
        var countsSql = query.WithFacets ? PostgresFacetsSql.Build(sql.Where)
            : $"""SELECT 'total', NULL, count(*) FROM "{PostgresSchema.Table}" WHERE {sql.Where}""";
        var rowsTask = ReadAsync(conn, Command(pageSql, conn, sql, tsquery), r => new PageRow(r.GetInt64(0), r.GetString(1),
            r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetInt64(3), r.GetInt32(4), r.GetDateTime(5), r.GetDouble(6)), ct);
        var countsTask = CountsAsync(dataSource, countsSql, sql, tsquery, ct);
        await Task.WhenAll(rowsTask, countsTask);
        var rows = await rowsTask;
        var counts = await countsTask;
        var total = counts.FirstOrDefault(c => c.Facet == "total").Count;
        var facets = Facets.All.ToDictionary(f => f, IReadOnlyList<FacetCount> (f) =>
            [.. counts.Where(c => c.Facet == f).Select(c => new FacetCount(c.Value!, c.Count))]);

        var page = rows.Take(size).ToList();
        var hits = page.Select(r => new ListingHit(r.Id, r.Score,
            query.WithHighlights ? Highlighter.For(r.Title, r.Description, parsed) : new Dictionary<string, string>())).ToList();
        string? next = null;
        if (rows.Count > size)
        {
            var last = page[^1];
            var key = sort switch
            {
                SearchSort.Relevance => last.Score,
                SearchSort.Risk => last.Risk,
                SearchSort.PriceAsc or SearchSort.PriceDesc => SearchCursor.PriceKey(last.Price, sort),
                _ => PostgresSearchSql.NewestKey(last.FirstSeen),
            };
            next = new SearchCursor(query.Sort, key, last.Id).Encode();
        }
        return new ListingSearchResult(total, hits, facets, next);
    }

    /// <summary>
    /// The tsquery as text ("" when the words make none, null when there are no words), and the same query with
    /// every lexeme restricted to weight A: it tells title matches without building a title-only tsvector per row.
    /// </summary>
    private static async Task<(string Any, string Title)?> TsQueryAsync(NpgsqlConnection conn, ParsedQuery parsed, CancellationToken ct)
    {
        if (PostgresTsQuery.Build(parsed) is not var (expression, parameters)) return null;
        await using var cmd = new NpgsqlCommand($"""
            SELECT q::text, regexp_replace(q::text, '(''(?:[^'']|'''')*'')(?::(\*))?', '\1:\2A', 'g')
            FROM (SELECT ({expression}) AS q) AS x
            """, conn);
        cmd.Parameters.AddRange(parameters.ToArray());
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetString(0), reader.GetString(1));
    }

    private static async Task<List<(string Facet, string? Value, long Count)>> CountsAsync(
        NpgsqlDataSource dataSource, string text, PostgresSearchSql sql, (string Any, string Title)? tsquery, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        return await ReadAsync(conn, Command(text, conn, sql, tsquery), r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2)), ct);
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlConnection conn, NpgsqlCommand command, Func<NpgsqlDataReader, T> row, CancellationToken ct)
    {
        await using var cmd = command;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct)) rows.Add(row(reader));
        return rows;
    }

    private static NpgsqlCommand Command(string text, NpgsqlConnection conn, PostgresSearchSql sql, (string Any, string Title)? tsquery)
    {
        var command = new NpgsqlCommand(text, conn);
        foreach (var p in sql.Parameters) command.Parameters.Add(p.Clone());
        if (tsquery is { } q)
        {
            command.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = q.Any });
            command.Parameters.Add(new NpgsqlParameter("qa", NpgsqlDbType.Text) { Value = q.Title });
        }
        return command;
    }

    private sealed record PageRow(long Id, string Title, string? Description, long? Price, int Risk, DateTime FirstSeen, double Score);
}
