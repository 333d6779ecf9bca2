using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Data.Schema;

/// <summary>
/// Applies the embedded, versioned SQL scripts that are not yet recorded in "SchemaVersions",
/// each in its own transaction. On PostgreSQL an advisory lock keeps concurrent instances from racing.
/// </summary>
internal sealed class SchemaMigrator(EnforcementDbContext db, TimeProvider clock, ILogger<SchemaMigrator> logger)
{
    private const long AdvisoryLockKey = 0x454E46_4F52_4345; // "ENFORCE"

    public string Provider => db.Database.IsNpgsql() ? "postgres" : "sqlite";

    public async Task<IReadOnlyList<int>> MigrateAsync(int? targetVersion = null, CancellationToken ct = default)
    {
        var scripts = SchemaScripts.For(Provider);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            if (Provider == "postgres") await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", ct);
            await ExecuteAsync(connection, null, CreateVersionTableSql, ct);
            var applied = await ReadAppliedAsync(connection, ct);
            foreach (var script in scripts.Where(s => applied.TryGetValue(s.Version, out var sum) && sum != s.Checksum))
            {
                throw new InvalidOperationException($"Schema script {script.Version:0000}_{script.Name} was changed after it was applied. Add a new script instead.");
            }
            var done = new List<int>();
            foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Version) && (targetVersion is null || s.Version <= targetVersion)))
            {
                ct.ThrowIfCancellationRequested();
                await using var tx = await connection.BeginTransactionAsync(ct);
                await ExecuteAsync(connection, tx, script.Sql, ct);
                await using (var record = connection.CreateCommand())
                {
                    record.Transaction = tx;
                    record.CommandText = """INSERT INTO "SchemaVersions" ("Version", "Name", "Checksum", "AppliedAt") VALUES (@v, @n, @c, @a)""";
                    AddParameter(record, "@v", script.Version);
                    AddParameter(record, "@n", script.Name);
                    AddParameter(record, "@c", script.Checksum);
                    AddParameter(record, "@a", clock.GetUtcNow().UtcDateTime.ToString("O"));
                    await record.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
                logger.LogInformation("Applied schema script {Version}_{Name}", script.Version, script.Name);
                done.Add(script.Version);
            }
            return done;
        }
        finally
        {
            if (Provider == "postgres") await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string CreateVersionTableSql = """
        CREATE TABLE IF NOT EXISTS "SchemaVersions" (
            "Version" integer NOT NULL PRIMARY KEY,
            "Name" varchar(200) NOT NULL,
            "Checksum" varchar(64) NOT NULL,
            "AppliedAt" varchar(40) NOT NULL)
        """;

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(DbConnection connection, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """SELECT "Version", "Checksum" FROM "SchemaVersions" """;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var applied = new Dictionary<int, string>();
        while (await reader.ReadAsync(ct)) applied[Convert.ToInt32(reader.GetValue(0))] = reader.GetString(1);
        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 300;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
