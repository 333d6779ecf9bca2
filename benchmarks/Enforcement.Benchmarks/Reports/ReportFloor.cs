using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Benchmarks.Reports;

/// <summary>
/// The floor: a month's headline aggregates as ONE hand-written SQL statement, read with ADO.NET. Records and goods by
/// category, decisions and fines, collections, cases opened and closed, complaints received, resolutions on time.
/// Legal dates compare as days; instants with the month's Vietnam-midnight bounds in UTC, as the product must.
/// </summary>
internal static class ReportFloor
{
    private const string Sql = """
        SELECT 'records' AS kind, "GoodsCategory" AS k, count(*) AS n, sum("GoodsValueVnd") AS v FROM "ViolationRecords"
            WHERE "RecordDate" >= @from AND "RecordDate" <= @to GROUP BY "GoodsCategory"
        UNION ALL SELECT 'decisions', NULL, count(*), sum("FineVnd") FROM "PenaltyDecisions" WHERE "DecisionDate" >= @from AND "DecisionDate" <= @to
        UNION ALL SELECT 'collected', NULL, count(*), sum("AmountVnd") FROM "FineCollections" WHERE "CollectedDate" >= @from AND "CollectedDate" <= @to
        UNION ALL SELECT 'opened', NULL, count(*), 0 FROM "EnforcementCases" WHERE "OpenedAt" >= @start AND "OpenedAt" < @end
        UNION ALL SELECT 'closed', NULL, count(*), 0 FROM "EnforcementCases" WHERE "ClosedAt" >= @start AND "ClosedAt" < @end
        UNION ALL SELECT 'received', NULL, count(*), 0 FROM "Complaints" WHERE "SubmittedAt" >= @start AND "SubmittedAt" < @end
        UNION ALL SELECT 'resolved', NULL, count(*), sum(CASE WHEN "OnTime" THEN 1 ELSE 0 END) FROM "ComplaintResolutions"
            WHERE "ResolvedAt" >= @start AND "ResolvedAt" < @end AND "Status" = 'resolved'
        """;

    /// <summary>The month's figures by kind (and category for records): count and sum.</summary>
    public static async Task<Dictionary<string, (long Count, long Sum)>> RunAsync(bool postgres, string cs, DateOnly month, CancellationToken ct)
    {
        await using var conn = Open(postgres, cs);
        await conn.OpenAsync(ct);
        await using var cmd = Command(conn, postgres, Sql, month);
        var result = new Dictionary<string, (long, long)>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = reader.IsDBNull(1) ? reader.GetString(0) : $"{reader.GetString(0)}:{reader.GetString(1)}";
            result[key] = (reader.GetInt64(2), reader.IsDBNull(3) ? 0 : Convert.ToInt64(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture));
        }
        return result;
    }

    /// <summary>The plan the database chose, for the index discussion in docs/benchmarks.md.</summary>
    public static async Task<string> ExplainAsync(bool postgres, string cs, DateOnly month, CancellationToken ct)
    {
        await using var conn = Open(postgres, cs);
        await conn.OpenAsync(ct);
        await using var cmd = Command(conn, postgres, (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + Sql, month);
        var lines = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) lines.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        return string.Join('\n', lines);
    }

    private static DbConnection Open(bool postgres, string cs) => postgres ? new NpgsqlConnection(cs) : new SqliteConnection(cs);

    private static DbCommand Command(DbConnection conn, bool postgres, string sql, DateOnly month)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var to = month.AddMonths(1).AddDays(-1);
        var start = Utc(month);
        var end = Utc(month.AddMonths(1));
        void Add(string name, object value)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }
        Add("@from", month);
        Add("@to", to);
        Add("@start", start);
        Add("@end", end);
        return cmd;
    }

    private static DateTime Utc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Enforcement.Api.Infrastructure.VietnamTime.Zone);
}
