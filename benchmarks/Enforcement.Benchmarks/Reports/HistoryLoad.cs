using System.Diagnostics;
using Enforcement.Api.Reports.Demo;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Enforcement.Benchmarks.Reports;

/// <summary>
/// Writes the generated history straight into the app's tables, as fast as each database takes it: prepared
/// single-row INSERTs in 50,000-case transactions on SQLite, binary COPY on PostgreSQL. Returns rows per table.
/// </summary>
internal static class HistoryLoad
{
    private const int Chunk = 50_000;

    public static async Task<Dictionary<string, long>> SqliteAsync(string cs, IEnumerable<HistoryCase> history, CancellationToken ct)
    {
        var rows = HistoryTables.All.ToDictionary(t => t.Name, _ => 0L);
        await using var conn = new SqliteConnection(cs);
        await conn.OpenAsync(ct);
        await ExecAsync(conn, "PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;", ct);
        var keys = new HistoryTables.Keys();
        foreach (var chunk in history.Chunk(Chunk))
        {
            keys.Assign(chunk);
            await using var tx = conn.BeginTransaction();
            foreach (var table in HistoryTables.All)
            {
                await using var cmd = conn.CreateCommand();
                cmd.Transaction = tx;
                cmd.CommandText = $"""INSERT INTO "{table.Name}" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})""";
                var parameters = table.Columns.Select((_, i) => cmd.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
                cmd.Prepare();
                foreach (var h in chunk.Where(table.Has))
                {
                    for (var i = 0; i < parameters.Length; i++) parameters[i].Value = table.Columns[i].Get(h) ?? DBNull.Value;
                    cmd.ExecuteNonQuery();
                    rows[table.Name]++;
                }
            }
            await tx.CommitAsync(ct);
        }
        await ExecAsync(conn, "PRAGMA synchronous = NORMAL; ANALYZE;", ct);
        return rows;
    }

    public static async Task<Dictionary<string, long>> PostgresAsync(string cs, IEnumerable<HistoryCase> history, CancellationToken ct)
    {
        var rows = HistoryTables.All.ToDictionary(t => t.Name, _ => 0L);
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync(ct);
        var keys = new HistoryTables.Keys();
        foreach (var chunk in history.Chunk(Chunk))
        {
            keys.Assign(chunk);
            await using var tx = await conn.BeginTransactionAsync(ct);
            foreach (var table in HistoryTables.All)
            {
                await using var copy = await conn.BeginBinaryImportAsync(
                    $"""COPY "{table.Name}" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)""", ct);
                foreach (var h in chunk.Where(table.Has))
                {
                    await copy.StartRowAsync(ct);
                    foreach (var column in table.Columns)
                    {
                        if (column.Get(h) is { } value) await copy.WriteAsync(value, column.Type, ct);
                        else await copy.WriteNullAsync(ct);
                    }
                    rows[table.Name]++;
                }
                await copy.CompleteAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        // The identity sequences continue after the loaded keys, as if the app had written them; then the planner's statistics.
        foreach (var table in HistoryTables.All.Where(t => t.Columns[0].Name == "Id"))
            await ExecAsync(conn, $"""SELECT setval(pg_get_serial_sequence('"{table.Name}"', 'Id'), GREATEST((SELECT max("Id") FROM "{table.Name}"), 1))""", ct);
        await ExecAsync(conn, "VACUUM ANALYZE", ct);
        return rows;
    }

    private static async Task ExecAsync(System.Data.Common.DbConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
