using System.Data.Common;
using Enforcement.Api.Data;
using Enforcement.Api.Data.Schema;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enforcement.Api.Tests.Data;

/// <summary>The versioned scripts, the upgrade path and the EF model, on one provider.</summary>
public abstract class SchemaTests : IAsyncLifetime
{
    protected abstract string ConnectionString { get; }
    protected abstract bool IsPostgres { get; }
    protected abstract string Timestamp(string utc);

    public virtual Task InitializeAsync() => Task.CompletedTask;
    public virtual Task DisposeAsync() => Task.CompletedTask;

    private EnforcementDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<EnforcementDbContext>();
        if (IsPostgres) options.UseNpgsql(ConnectionString); else options.UseSqlite(ConnectionString);
        return new EnforcementDbContext(options.Options);
    }

    private async Task<IReadOnlyList<int>> MigrateAsync(int? target = null)
    {
        await using var db = NewContext();
        return await new SchemaMigrator(db, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(target);
    }

    [Fact]
    public async Task An_upgrade_from_version_1_keeps_the_data_and_backfills_new_columns()
    {
        Assert.Equal([1], await MigrateAsync(target: 1));
        await using (var db = NewContext())
        {
            var anonymous = IsPostgres ? "false" : "0";
            // Fixed literals only; nothing here comes from input.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "Provinces" ("Code", "Name") VALUES ('82', 'Tỉnh Đồng Tháp');
                INSERT INTO "Wards" ("Code", "ProvinceCode", "Name") VALUES ('{TestData.HomeWard}', '82', 'Phường Đạo Thạnh');
                INSERT INTO "Complaints" ("TrackingCode", "AccessKeyHash", "Category", "Description", "Anonymous", "ComplainantFullName",
                    "ProvinceCode", "WardCode", "ConsentGivenAt", "ConsentTextVersion", "Status", "Channel", "SubmittedAt")
                VALUES ('PA-2026-000042', 'hash', 'counterfeit', 'Nước mắm giả nhãn hiệu', {anonymous}, 'Trần Văn Bình',
                    '82', '{TestData.HomeWard}', {Timestamp("2026-03-01 08:00:00")}, '2026-01', 'received', 'web', {Timestamp("2026-03-01 08:00:00")});
                """);
#pragma warning restore EF1002
        }

        var applied = await MigrateAsync();
        Assert.NotEmpty(applied);
        Assert.DoesNotContain(1, applied);

        await using (var db = NewContext())
        {
            var complaint = await db.Complaints.AsNoTracking().SingleAsync(c => c.TrackingCode == "PA-2026-000042");
            Assert.Equal("Nước mắm giả nhãn hiệu", complaint.Description);
            Assert.Equal("Trần Văn Bình", complaint.Complainant.FullName);
            Assert.Equal(new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc), complaint.SubmittedAt);
            Assert.Equal(DateTimeKind.Utc, complaint.SubmittedAt.Kind);
            Assert.Equal(complaint.SubmittedAt, complaint.StatusChangedAt);
        }
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        var first = await MigrateAsync();
        Assert.Equal(SchemaScripts.For(IsPostgres ? "postgres" : "sqlite").Select(s => s.Version), first);
        Assert.Empty(await MigrateAsync());
    }

    [Fact]
    public async Task A_script_changed_after_it_was_applied_stops_the_migration()
    {
        await MigrateAsync();
        await using (var db = NewContext())
            await db.Database.ExecuteSqlRawAsync("""UPDATE "SchemaVersions" SET "Checksum" = 'tampered' WHERE "Version" = 1""");
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MigrateAsync());
        Assert.Contains("0001_initial", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ef_model_and_the_migrated_schema_agree_column_by_column()
    {
        await MigrateAsync();
        await using var db = NewContext();
        var actual = await ReadColumnsAsync(db.Database.GetDbConnection());
        var expected = new HashSet<(string Table, string Column, bool Nullable)>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var id = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(id) is not { } column) continue;
                expected.Add((table, column, property.IsColumnNullable(id)));
            }
        }
        var missing = expected.Except(actual).ToList();
        Assert.True(missing.Count == 0, "Model columns missing or with other nullability in the schema: " + string.Join(", ", missing));
        var modelTables = expected.Select(c => c.Table).ToHashSet();
        var extra = actual.Where(c => modelTables.Contains(c.Table)).Except(expected).ToList();
        Assert.True(extra.Count == 0, "Schema columns the model does not know: " + string.Join(", ", extra));
        // SQLite's full-text index of complaints (script 0016) is a virtual table with its shadow tables, not an entity.
        var fullText = IsPostgres ? new HashSet<string>() : await FullTextTablesAsync(db.Database.GetDbConnection());
        var unknownTables = actual.Select(c => c.Table).Distinct().Where(t => !modelTables.Contains(t) && t != "SchemaVersions" && !fullText.Contains(t)).ToList();
        Assert.True(unknownTables.Count == 0, "Tables without an entity: " + string.Join(", ", unknownTables));
    }

    [Fact]
    public async Task The_ef_model_and_the_migrated_schema_have_the_same_indexes()
    {
        await MigrateAsync();
        await using var db = NewContext();
        var expected = new HashSet<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var id = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var index in entity.GetIndexes())
            {
                var columns = string.Join(",", index.Properties.Select(p => p.GetColumnName(id)));
                expected.Add($"{table}.{index.GetDatabaseName(id)}({columns}){(index.IsUnique ? " unique" : "")}{(index.GetFilter() is null ? "" : " partial")}");
            }
        }
        var actual = await ReadIndexesAsync(db.Database.GetDbConnection());
        // The runtime's hot paths: open timers by due time, timers by task, due messages.
        Assert.Contains("WorkflowTimers.IX_WorkflowTimers_Open_DueAt(DueAt) partial", actual);
        Assert.Contains("WorkflowTimers.IX_WorkflowTimers_TaskId(TaskId)", actual);
        Assert.Contains("OutboxMessages.IX_OutboxMessages_Due(NextAttemptAt) partial", actual);
        Assert.True(expected.SetEquals(actual), "Only in the model: " + string.Join("; ", expected.Except(actual)) + " | only in the schema: " + string.Join("; ", actual.Except(expected)));
    }

    /// <summary>FTS5 virtual tables and the shadow tables SQLite keeps for them.</summary>
    private static async Task<HashSet<string>> FullTextTablesAsync(DbConnection connection)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'";
        var names = new HashSet<string>();
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        return names.SelectMany(n => new[] { n, n + "_data", n + "_idx", n + "_docsize", n + "_config", n + "_content" }).ToHashSet();
    }

    /// <summary>Secondary indexes (not primary keys) as "Table.Name(col,…)[ unique][ partial]".</summary>
    private async Task<HashSet<string>> ReadIndexesAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = IsPostgres
            ? """
              SELECT t.relname, i.relname, string_agg(a.attname, ',' ORDER BY k.ord), x.indisunique, x.indpred IS NOT NULL
              FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
              JOIN pg_namespace n ON n.oid = t.relnamespace
              CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
              JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
              WHERE n.nspname = 'public' AND NOT x.indisprimary AND t.relname <> 'SchemaVersions'
              GROUP BY t.relname, i.relname, x.indisunique, x.indpred
              """
            : """
              SELECT m.tbl_name, m.name, (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(m.name) ORDER BY seqno)),
                     l."unique", l.partial
              FROM sqlite_master m JOIN pragma_index_list(m.tbl_name) l ON l.name = m.name
              WHERE m.type = 'index' AND l.origin = 'c'
              """;
        var indexes = new HashSet<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            indexes.Add($"{reader.GetString(0)}.{reader.GetString(1)}({reader.GetString(2)}){(Convert.ToBoolean(reader.GetValue(3)) ? " unique" : "")}{(Convert.ToBoolean(reader.GetValue(4)) ? " partial" : "")}");
        return indexes;
    }

    private async Task<HashSet<(string Table, string Column, bool Nullable)>> ReadColumnsAsync(DbConnection connection)
    {
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = IsPostgres
            ? "SELECT table_name, column_name, is_nullable = 'YES' FROM information_schema.columns WHERE table_schema = 'public'"
            : "SELECT m.name, p.name, p.\"notnull\" = 0 AND p.pk = 0 FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";
        var columns = new HashSet<(string Table, string Column, bool Nullable)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1), Convert.ToBoolean(reader.GetValue(2))));
        return columns;
    }
}

public sealed class SchemaTests_Sqlite : SchemaTests
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"enf-schema-{Guid.NewGuid():N}.db");
    protected override string ConnectionString => $"Data Source={_file};Pooling=false";
    protected override bool IsPostgres => false;
    protected override string Timestamp(string utc) => $"'{utc}'";

    public override Task DisposeAsync()
    {
        File.Delete(_file);
        return Task.CompletedTask;
    }
}

public sealed class SchemaTests_Postgres : SchemaTests
{
    private ThrowawayPostgres? _database;
    protected override string ConnectionString => _database!.ConnectionString;
    protected override bool IsPostgres => true;
    protected override string Timestamp(string utc) => $"TIMESTAMPTZ '{utc}+00'";

    public override Task InitializeAsync()
    {
        _database = new ThrowawayPostgres();
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}
