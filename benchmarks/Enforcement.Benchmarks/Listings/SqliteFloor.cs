using System.Diagnostics;
using Enforcement.Search.Folding;
using Microsoft.Data.Sqlite;

namespace Enforcement.Benchmarks.Listings;

/// <summary>
/// SQLite floors, in a database file of their own: the rows as one prepared INSERT each in 50,000-row
/// transactions into plain tables, then an FTS5 table (the app's tokenizer and prefix) filled with the folded text.
/// </summary>
internal static class SqliteFloor
{
    public static (TimeSpan Load, TimeSpan Index) Run(string file)
    {
        var path = Path.Combine(Path.GetTempPath(), $"enf-bench-floor-{Guid.NewGuid():N}.db");
        try
        {
            using var conn = new SqliteConnection($"Data Source={path};Pooling=False");
            conn.Open();
            Exec(conn, null, $"""
                PRAGMA journal_mode=WAL;
                CREATE TABLE FloorListings ({string.Join(", ", FloorRow.Columns.Select(c => c == "Id" ? "Id INTEGER PRIMARY KEY" : c))});
                CREATE TABLE FloorHashes (ListingId INTEGER NOT NULL, Hash TEXT NOT NULL);
                CREATE VIRTUAL TABLE FloorFts USING fts5(title, description, brand, content = '', contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2');
                """);
            var watch = Stopwatch.StartNew();
            Load(conn, file);
            var load = watch.Elapsed;
            watch.Restart();
            Index(conn);
            return (load, watch.Elapsed);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) File.Delete(f);
        }
    }

    private static void Load(SqliteConnection conn, string file)
    {
        var id = 0L;
        foreach (var chunk in FloorRow.Read(file).Chunk(FloorRow.ChunkRows))
        {
            using var tx = conn.BeginTransaction();
            using var listing = Prepare(conn, tx, $"INSERT INTO FloorListings VALUES ({string.Join(", ", FloorRow.Columns.Select((_, i) => "$p" + i))})", FloorRow.Columns.Length);
            using var hash = Prepare(conn, tx, "INSERT INTO FloorHashes VALUES ($p0, $p1)", 2);
            foreach (var row in chunk)
            {
                Run(listing, row.Values(++id));
                foreach (var h in row.Hashes) Run(hash, id, h);
            }
            tx.Commit();
        }
    }

    private static void Index(SqliteConnection conn)
    {
        using var tx = conn.BeginTransaction();
        using var read = conn.CreateCommand();
        read.Transaction = tx;
        read.CommandText = "SELECT Id, Title, Description, Brand FROM FloorListings ORDER BY Id";
        using var insert = Prepare(conn, tx, "INSERT INTO FloorFts (rowid, title, description, brand) VALUES ($p0, $p1, $p2, $p3)", 4);
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
                Run(insert, reader.GetInt64(0), VietnameseFolding.Fold(reader.GetString(1)),
                    VietnameseFolding.Fold(reader.IsDBNull(2) ? null : reader.GetString(2)), VietnameseFolding.Fold(reader.IsDBNull(3) ? null : reader.GetString(3)));
        }
        Exec(conn, tx, "INSERT INTO FloorFts (FloorFts) VALUES ('optimize');");
        tx.Commit();
    }

    private static SqliteCommand Prepare(SqliteConnection conn, SqliteTransaction tx, string sql, int parameters)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (var i = 0; i < parameters; i++) cmd.Parameters.Add(new SqliteParameter { ParameterName = "$p" + i });
        cmd.Prepare();
        return cmd;
    }

    private static void Run(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    private static void Exec(SqliteConnection conn, SqliteTransaction? tx, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
