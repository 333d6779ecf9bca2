using System.Data.Common;
using Enforcement.Search.Postgres;
using Enforcement.Search.Querying;
using Enforcement.Search.Sqlite;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Benchmarks.Listings;

/// <summary>
/// The bare engine doing the same match: the FTS5 MATCH / tsquery the backend builds from the same folded words,
/// ranked (FTS5 "rank", ts_rank), top 20, plus a COUNT; filter-only searches as bare SQL over the index table.
/// No facets, no highlights, no read of the hits from the listings table: that is what the ratio shows.
/// </summary>
internal static class QueryFloor
{
    public static async Task<long> RunAsync(bool postgres, DbConnection conn, BenchQuery query, CancellationToken ct)
    {
        var request = query.Request;
        var parsed = QueryParser.Parse(request.Q, request.Prefix == true);
        var where = query.FloorWhere is null ? "" : $" AND {query.FloorWhere}";
        await using var top = conn.CreateCommand();
        await using var count = conn.CreateCommand();
        if (!postgres && FtsExpression.Positive(parsed) is { } match)
        {
            var from = query.FloorWhere is null && query.FloorOrder is null ? "SearchListingsFts" : "SearchListingsFts JOIN SearchListings ON \"Id\" = SearchListingsFts.rowid";
            top.CommandText = $"SELECT SearchListingsFts.rowid FROM {from} WHERE SearchListingsFts MATCH $q{where} ORDER BY {query.FloorOrder ?? "rank"} LIMIT 20";
            count.CommandText = $"SELECT COUNT(*) FROM {from} WHERE SearchListingsFts MATCH $q{where}";
            foreach (var c in new[] { top, count }) ((SqliteCommand)c).Parameters.AddWithValue("$q", match);
        }
        else if (postgres && PostgresTsQuery.Build(parsed) is { } tsquery)
        {
            var from = $"\"SearchListings\", (SELECT {tsquery.Sql} AS q) AS t";
            top.CommandText = $"SELECT \"Id\" FROM {from} WHERE \"Document\" @@ t.q{where} ORDER BY {query.FloorOrder ?? "ts_rank(\"Document\", t.q) DESC"} LIMIT 20";
            count.CommandText = $"SELECT COUNT(*) FROM {from} WHERE \"Document\" @@ t.q{where}";
            foreach (var c in new[] { top, count })
                foreach (var p in tsquery.Parameters) ((NpgsqlCommand)c).Parameters.Add(p.Clone());
        }
        else
        {
            var filter = query.FloorWhere is null ? "" : $" WHERE {query.FloorWhere}";
            top.CommandText = $"SELECT \"Id\" FROM \"SearchListings\"{filter} ORDER BY {query.FloorOrder ?? "\"Id\""} LIMIT 20";
            count.CommandText = $"SELECT COUNT(*) FROM \"SearchListings\"{filter}";
        }
        await using (var reader = await top.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) { }
        return Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
