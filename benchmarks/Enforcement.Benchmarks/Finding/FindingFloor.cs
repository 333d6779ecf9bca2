using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Benchmarks.Finding;

/// <summary>
/// The floors: for each page, the one hand-written SQL query that returns the same page (the same rows in the same
/// order), read to the end through ADO.NET on a pooled connection. What the product adds on top is its own cost.
/// </summary>
internal static class FindingFloor
{
    private const string ListColumns = """c."TrackingCode", c."Category", c."Status", c."WardCode", c."BusinessName", c."ProductName", c."SubmittedAt" """;

    public static string Queue(string where) => $"""
        SELECT t."Id", t."StepId", t."DueAt", i."CorrelationId", c."Category", c."WardCode" FROM "WorkflowTasks" t
        JOIN "WorkflowInstances" i ON i."Id" = t."InstanceId" JOIN "Complaints" c ON c."TrackingCode" = i."CorrelationId"
        WHERE t."Status" = 'open' {where} ORDER BY t."DueAt", t."Id" LIMIT 50
        """;

    public static string List(string where) =>
        $"""SELECT {ListColumns} FROM "Complaints" c WHERE {where} ORDER BY c."SubmittedAt" DESC, c."Id" DESC LIMIT 20""";

    public static string Search(bool postgres, string term) => postgres
        ? List($"c.\"SearchText\" LIKE '%{term}%'")
        : List($"c.\"Id\" IN (SELECT rowid FROM \"ComplaintSearch\" WHERE \"ComplaintSearch\" MATCH '\"{term}\"')");

    public static string Deadline() => $"""
        SELECT {ListColumns}, t."DueAt" FROM "WorkflowTasks" t JOIN "WorkflowInstances" i ON i."Id" = t."InstanceId"
        JOIN "Complaints" c ON c."TrackingCode" = i."CorrelationId" WHERE t."Status" = 'open' AND t."DueAt" IS NOT NULL
        ORDER BY t."DueAt", t."Id" LIMIT 20
        """;

    public static string Case(string code) => $"""
        SELECT c.*, t."Id", t."StepId", t."DueAt" FROM "Complaints" c JOIN "WorkflowInstances" i ON i."CorrelationId" = c."TrackingCode"
        LEFT JOIN "WorkflowTasks" t ON t."InstanceId" = i."Id" AND t."Status" = 'open' WHERE c."TrackingCode" = '{code}'
        """;

    public static async Task<int> RunAsync(bool postgres, string cs, string sql, CancellationToken ct)
    {
        await using DbConnection conn = postgres ? new NpgsqlConnection(cs) : new SqliteConnection(cs);
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = 0;
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < reader.FieldCount; i++) _ = reader.GetValue(i);
            rows++;
        }
        return rows;
    }

    public static async Task<string> ExplainAsync(bool postgres, string cs, string sql, CancellationToken ct)
    {
        await using DbConnection conn = postgres ? new NpgsqlConnection(cs) : new SqliteConnection(cs);
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = (postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + sql;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var lines = new List<string>();
        while (await reader.ReadAsync(ct)) lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? "");
        return string.Join('\n', lines);
    }
}
