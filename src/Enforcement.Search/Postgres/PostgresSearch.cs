using Enforcement.Search.Highlighting;
using Enforcement.Search.Paging;
using Enforcement.Search.Querying;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Search.Postgres;

/// <summary>One search: the tsquery, then the page and the facet counts (with the exact total) in one round trip.</summary>
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
        if (tsquery == "" && !parsed.MatchesAll) return new ListingSearchResult(0, [], NoFacets, null);
        var hasText = !string.IsNullOrEmpty(tsquery);
        var sort = query.Sort == SearchSort.Relevance && parsed.MatchesAll ? SearchSort.Newest : query.Sort;
        var sql = new PostgresSearchSql(query, hasText);
        var after = cursor is null ? "" : " AND " + sql.After(cursor, sort);
        var score = hasText ? PostgresSearchSql.Score : "0::float8";

        await using var batch = new NpgsqlBatch(conn);
        batch.BatchCommands.Add(Command($"""
            SELECT "Id", "Title", "Description", "Price", "Risk", "FirstSeen", {score} AS score
            FROM "{PostgresSchema.Table}" WHERE {sql.Where}{after}
            ORDER BY {PostgresSearchSql.OrderBy(sort)} LIMIT {size + 1}
            """, sql, tsquery));
        batch.BatchCommands.Add(Command(query.WithFacets ? PostgresFacetsSql.Build(sql.Where) : $"""
            SELECT 'total', NULL, count(*) FROM "{PostgresSchema.Table}" WHERE {sql.Where}
            """, sql, tsquery));

        var rows = new List<(long Id, string Title, string? Description, long? Price, int Risk, DateTime FirstSeen, double Score)>();
        var facets = Facets.All.ToDictionary(f => f, _ => new List<FacetCount>());
        long total = 0;
        await using (var reader = await batch.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.GetInt32(4), reader.GetDateTime(5), reader.GetDouble(6)));
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var facet = reader.GetString(0);
                if (facet == "total") total = reader.GetInt64(2);
                else facets[facet].Add(new FacetCount(reader.GetString(1), reader.GetInt64(2)));
            }
        }

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
        return new ListingSearchResult(total, hits,
            facets.ToDictionary(f => f.Key, IReadOnlyList<FacetCount> (f) => f.Value), next);
    }

    /// <summary>The tsquery as text ("" when the words make none, null when there are no words).</summary>
    private static async Task<string?> TsQueryAsync(NpgsqlConnection conn, ParsedQuery parsed, CancellationToken ct)
    {
        if (PostgresTsQuery.Build(parsed) is not var (expression, parameters)) return null;
        await using var cmd = new NpgsqlCommand($"SELECT ({expression})::text", conn);
        cmd.Parameters.AddRange(parameters.ToArray());
        return (string?)await cmd.ExecuteScalarAsync(ct) ?? "";
    }

    private static NpgsqlBatchCommand Command(string text, PostgresSearchSql sql, string? tsquery)
    {
        var command = new NpgsqlBatchCommand(text);
        foreach (var p in sql.Parameters) command.Parameters.Add(p.Clone());
        if (tsquery is not null) command.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = tsquery });
        return command;
    }
}
