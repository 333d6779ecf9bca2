using Enforcement.Search.Paging;
using Enforcement.Search.Querying;
using Microsoft.Data.Sqlite;

namespace Enforcement.Search.Sqlite;

/// <summary>The SQL of a search: filters on the narrow table "m", sort keys, the FTS5 match.</summary>
internal static class SqliteSearchSql
{
    public const int Page = 0, Total = 5;
    public static readonly string[] FacetKinds = [Facets.Platform, Facets.Brand, Facets.Seller, Facets.Risk];
    private static readonly string[] FacetColumns = ["Platform", "Brand", "Seller", "RiskBand"];

    /// <summary>The sort key as SQL over m, and whether it runs descending. Ties: id ascending.</summary>
    public static (string Key, bool Descending) SortKey(SearchSort sort, bool ranked) => sort switch
    {
        SearchSort.Relevance when ranked => ("f.Rank", false),
        SearchSort.Risk => ("m.Risk", true),
        SearchSort.PriceAsc => ("COALESCE(m.Price, 9223372036854775807)", false),
        SearchSort.PriceDesc => ("COALESCE(m.Price, -1)", true),
        _ => ("m.FirstSeen", true),
    };

    /// <summary>
    /// Streams every match (FTS5 joined to the filter columns, or the filtered table) with its sort key and facet
    /// values, for <see cref="SqliteMatchCollector"/>. Null when nothing narrows the listings: then <see cref="BuildAll"/>.
    /// </summary>
    public static bool BuildStream(SqliteCommand command, ListingQuery query, ParsedQuery parsed, bool ranked)
    {
        var p = command.Parameters;
        var where = Filters(query, p);
        var (key, _) = SortKey(query.Sort, ranked);
        var columns = query.WithFacets ? ", m.Platform, m.Brand, m.Seller, m.RiskBand" : "";
        if (FtsExpression.Positive(parsed) is { } positive)
        {
            p.AddWithValue("$match", positive);
            var rank = ranked ? SqliteSchema.Rank : "0";
            command.CommandText = $"""
                SELECT m.Id, {key}{columns}
                FROM (SELECT rowid AS Id, {rank} AS Rank FROM SearchListingsFts WHERE SearchListingsFts MATCH $match) f
                JOIN SearchListings m ON m.Id = f.Id{Where(where)}
                """;
            return true;
        }
        if (FtsExpression.Negative(parsed) is { } negative)
        {
            p.AddWithValue("$exclude", negative);
            where.Add("m.Id NOT IN (SELECT rowid FROM SearchListingsFts WHERE SearchListingsFts MATCH $exclude)");
        }
        if (where.Count == 0) return false;
        command.CommandText = $"SELECT m.Id, {key}{columns} FROM SearchListings m{Where(where)}";
        return true;
    }

    /// <summary>
    /// Every listing, unfiltered: the page walks a sort index from the cursor, and each facet is a GROUP BY its own
    /// covering index, with the total, in one statement (rows told apart by Kind).
    /// </summary>
    public static void BuildAll(SqliteCommand command, ListingQuery query, SearchCursor? cursor, int limit)
    {
        var p = command.Parameters;
        var (key, descending) = SortKey(query.Sort, ranked: false);
        var after = "";
        if (cursor is not null)
        {
            p.AddWithValue("$ck", ToLong(cursor.Key));
            p.AddWithValue("$cid", cursor.Id);
            after = descending
                ? $" WHERE {key} <= $ck AND ({key} < $ck OR m.Id > $cid)"
                : $" WHERE {key} >= $ck AND ({key} > $ck OR m.Id > $cid)";
        }
        p.AddWithValue("$limit", limit);
        var parts = new List<string>
        {
            $"""
            SELECT * FROM (SELECT {Page} AS Kind, m.Id AS Id, {key} AS Key, t.Title AS A, t.Description AS B, 0 AS N
            FROM SearchListings m JOIN SearchListingTexts t ON t.Id = m.Id{after} ORDER BY {key}{(descending ? " DESC" : "")}, m.Id LIMIT $limit)
            """,
            $"SELECT {Total}, NULL, NULL, NULL, NULL, COUNT(*) FROM SearchListings",
        };
        if (query.WithFacets)
        {
            for (var i = 0; i < FacetColumns.Length; i++)
            {
                var c = FacetColumns[i];
                parts.Add($"""
                    SELECT * FROM (SELECT {i + 1}, NULL, NULL, {c} AS V, NULL, COUNT(*) AS C FROM SearchListings WHERE {c} IS NOT NULL
                    GROUP BY {c} ORDER BY C DESC, V LIMIT {Facets.Size})
                    """);
            }
        }
        command.CommandText = string.Join("\nUNION ALL\n", parts);
    }

    private static List<string> Filters(ListingQuery q, SqliteParameterCollection p)
    {
        var where = new List<string>();
        In(where, p, "m.Platform", q.Platforms);
        In(where, p, "m.Brand", q.Brands);
        In(where, p, "m.Seller", q.Sellers);
        In(where, p, "m.RiskBand", q.RiskBands);
        In(where, p, "m.Status", q.Statuses);
        Compare(where, p, "m.Province =", q.Province);
        Compare(where, p, "m.Ward =", q.Ward);
        Compare(where, p, "m.Price >=", q.MinPrice);
        Compare(where, p, "m.Price <=", q.MaxPrice);
        Compare(where, p, "m.FirstSeen >=", q.FirstSeenFrom is { } f ? SqliteTime.ToMicros(f) : null);
        Compare(where, p, "m.LastSeen >=", q.LastSeenFrom is { } s ? SqliteTime.ToMicros(s) : null);
        return where;
    }

    private static void In(List<string> where, SqliteParameterCollection p, string column, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        var names = values.Select(v => p.AddWithValue($"$p{p.Count}", v).ParameterName).ToList();
        where.Add($"{column} IN ({string.Join(", ", names)})");
    }

    private static void Compare(List<string> where, SqliteParameterCollection p, string test, object? value)
    {
        if (value is null) return;
        where.Add($"{test} {p.AddWithValue($"$p{p.Count}", value).ParameterName}");
    }

    private static string Where(List<string> where) => where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);

    private static long ToLong(double key) => key >= long.MaxValue ? long.MaxValue : key <= long.MinValue ? long.MinValue : (long)key;
}
