using Enforcement.Search.Paging;
using Enforcement.Search.Querying;
using Microsoft.Data.Sqlite;

namespace Enforcement.Search.Sqlite;

/// <summary>
/// One statement answers a search: the matches ("m": FTS5 joined to the filter columns, computed once when there
/// is text; inlined when there is none, so indexes serve sorts and facet counts), then UNION ALL of the page
/// (keyset after the cursor), each facet's top values and the total. Rows are told apart by Kind.
/// </summary>
internal static class SqliteSearchSql
{
    public const int Page = 0, Total = 5;
    public static readonly string[] FacetKinds = [Facets.Platform, Facets.Brand, Facets.Seller, Facets.Risk];
    private static readonly string[] FacetColumns = ["Platform", "Brand", "Seller", "RiskBand"];

    /// <summary>The sort key as SQL over m, and whether it runs descending. Ties: id ascending.</summary>
    public static (string Key, bool Descending) SortKey(SearchSort sort, bool ranked) => sort switch
    {
        SearchSort.Relevance when ranked => ("m.Rank", false),
        SearchSort.Risk => ("m.Risk", true),
        SearchSort.PriceAsc => ("COALESCE(m.Price, 9223372036854775807)", false),
        SearchSort.PriceDesc => ("COALESCE(m.Price, -1)", true),
        _ => ("m.FirstSeen", true),
    };

    public static void Build(SqliteCommand command, ListingQuery query, ParsedQuery parsed, SearchCursor? cursor, int limit)
    {
        var p = command.Parameters;
        var ranked = query.Sort == SearchSort.Relevance && !parsed.MatchesAll;
        var where = Filters(query, p);
        string matches;
        if (FtsExpression.Positive(parsed) is { } positive)
        {
            p.AddWithValue("$match", positive);
            var rank = ranked ? SqliteSchema.Rank : "0";
            matches = $"""
                m AS MATERIALIZED (SELECT l.Id, l.Platform, l.Brand, l.Seller, l.RiskBand, l.Risk, l.Price, l.FirstSeen, f.Rank
                FROM (SELECT rowid AS Id, {rank} AS Rank FROM SearchListingsFts WHERE SearchListingsFts MATCH $match) f
                JOIN SearchListings l ON l.Id = f.Id{Where(where)})
                """;
        }
        else
        {
            if (FtsExpression.Negative(parsed) is { } negative)
            {
                p.AddWithValue("$exclude", negative);
                where.Add("l.Id NOT IN (SELECT rowid FROM SearchListingsFts WHERE SearchListingsFts MATCH $exclude)");
            }
            matches = $"m AS NOT MATERIALIZED (SELECT l.* FROM SearchListings l{Where(where)})";
        }

        var (key, descending) = SortKey(query.Sort, ranked);
        var after = "";
        if (cursor is not null)
        {
            // Scores go out as -bm25 (higher is better); prices and times as exact integers.
            p.AddWithValue("$ck", ranked ? -cursor.Key : (object)ToLong(cursor.Key));
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
            FROM m JOIN SearchListingTexts t ON t.Id = m.Id{after} ORDER BY {key}{(descending ? " DESC" : "")}, m.Id LIMIT $limit)
            """,
            $"SELECT {Total}, NULL, NULL, NULL, NULL, COUNT(*) FROM m",
        };
        if (query.WithFacets)
        {
            for (var i = 0; i < FacetColumns.Length; i++)
            {
                var c = FacetColumns[i];
                parts.Add($"""
                    SELECT * FROM (SELECT {i + 1}, NULL, NULL, {c} AS V, NULL, COUNT(*) AS C FROM m WHERE {c} IS NOT NULL
                    GROUP BY {c} ORDER BY C DESC, V LIMIT {Facets.Size})
                    """);
            }
        }
        command.CommandText = $"WITH {matches}\n{string.Join("\nUNION ALL\n", parts)}";
    }

    private static List<string> Filters(ListingQuery q, SqliteParameterCollection p)
    {
        var where = new List<string>();
        In(where, p, "l.Platform", q.Platforms);
        In(where, p, "l.Brand", q.Brands);
        In(where, p, "l.Seller", q.Sellers);
        In(where, p, "l.RiskBand", q.RiskBands);
        In(where, p, "l.Status", q.Statuses);
        Compare(where, p, "l.Province =", q.Province);
        Compare(where, p, "l.Ward =", q.Ward);
        Compare(where, p, "l.Price >=", q.MinPrice);
        Compare(where, p, "l.Price <=", q.MaxPrice);
        Compare(where, p, "l.FirstSeen >=", q.FirstSeenFrom is { } f ? SqliteTime.ToMicros(f) : null);
        Compare(where, p, "l.LastSeen >=", q.LastSeenFrom is { } s ? SqliteTime.ToMicros(s) : null);
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
