using Enforcement.Search.Highlighting;
using Enforcement.Search.Paging;
using Enforcement.Search.Querying;
using Microsoft.Data.Sqlite;

namespace Enforcement.Search.Sqlite;

/// <summary>Answers a <see cref="ListingQuery"/> on an open connection: a page, the exact total and the facets.</summary>
internal static class SqliteSearcher
{
    public static async Task<ListingSearchResult> SearchAsync(SqliteConnection connection, ListingQuery query, CancellationToken ct)
    {
        var cursor = SearchCursor.Decode(query.Cursor, query.Sort);
        var parsed = QueryParser.Parse(query.Text, query.PrefixLastWord);
        var pageSize = query.PageSize <= 0 ? ListingQuery.DefaultPageSize : Math.Min(query.PageSize, ListingQuery.MaxPageSize);
        var ranked = query.Sort == SearchSort.Relevance && !parsed.MatchesAll;
        // Scores go out as -bm25, higher is better; every other key goes out as it is.
        double Out(double key) => ranked ? -key : key;

        List<(double Key, long Id)> hits;
        var texts = new Dictionary<long, (string Title, string? Description)>();
        var facets = new Dictionary<string, IReadOnlyList<FacetCount>>();
        long total;
        await using (var command = connection.CreateCommand())
        {
            if (SqliteSearchSql.BuildStream(command, query, parsed, ranked))
            {
                var collector = new SqliteMatchCollector(SqliteSearchSql.SortKey(query.Sort, ranked).Descending, cursor,
                    cursor is null ? 0 : Out(cursor.Key), pageSize + 1);
                var values = new string?[query.WithFacets ? SqliteSearchSql.FacetKinds.Length : 0];
                await using (var reader = await command.ExecuteReaderAsync(ct))
                {
                    while (await reader.ReadAsync(ct))
                    {
                        for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i + 2) ? null : reader.GetString(i + 2);
                        collector.Add(reader.GetInt64(0), reader.GetDouble(1), values);
                    }
                }
                total = collector.Total;
                hits = collector.Hits();
                for (var i = 0; i < values.Length; i++) facets[SqliteSearchSql.FacetKinds[i]] = collector.Facet(i);
                await ReadTextsAsync(connection, hits.Select(h => h.Id), texts, ct);
            }
            else
            {
                SqliteSearchSql.BuildAll(command, query, cursor, pageSize + 1);
                (hits, total) = await ReadAllAsync(command, query.WithFacets, texts, facets, ct);
            }
        }

        string? next = null;
        if (hits.Count > pageSize)
        {
            hits.RemoveAt(pageSize);
            next = new SearchCursor(query.Sort, Out(hits[^1].Key), hits[^1].Id).Encode();
        }
        var page = hits.Select(h => new ListingHit(h.Id, ranked ? Out(h.Key) : 0,
            query.WithHighlights && texts.TryGetValue(h.Id, out var t) ? Highlighter.For(t.Title, t.Description, parsed) : new Dictionary<string, string>())).ToList();
        return new ListingSearchResult(total, page, facets, next);
    }

    private static async Task<(List<(double, long)>, long)> ReadAllAsync(SqliteCommand command, bool withFacets,
        Dictionary<long, (string, string?)> texts, Dictionary<string, IReadOnlyList<FacetCount>> facets, CancellationToken ct)
    {
        var hits = new List<(double, long)>();
        var counts = SqliteSearchSql.FacetKinds.Select(_ => new List<FacetCount>()).ToArray();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var kind = reader.GetInt32(0);
            if (kind == SqliteSearchSql.Page)
            {
                hits.Add((reader.GetDouble(2), reader.GetInt64(1)));
                texts[reader.GetInt64(1)] = (reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4));
            }
            else if (kind == SqliteSearchSql.Total) total = reader.GetInt64(5);
            else counts[kind - 1].Add(new FacetCount(reader.GetString(3), reader.GetInt64(5)));
        }
        if (withFacets)
        {
            for (var i = 0; i < counts.Length; i++) facets[SqliteSearchSql.FacetKinds[i]] = counts[i];
        }
        return (hits, total);
    }

    private static async Task ReadTextsAsync(SqliteConnection connection, IEnumerable<long> ids, Dictionary<long, (string, string?)> texts, CancellationToken ct)
    {
        var list = string.Join(",", ids);
        if (list.Length == 0) return;
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT Id, Title, Description FROM SearchListingTexts WHERE Id IN ({list})";   // integers only
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) texts[reader.GetInt64(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }
}
