using System.Diagnostics;
using Enforcement.Search.Folding;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Benchmarks.Listings;

/// <summary>
/// PostgreSQL floors, in the benchmark's throwaway database: the rows by a prepared INSERT from unnest(arrays),
/// 5,000 rows a statement, 50,000 a transaction, into plain tables without indexes; then the app's tsvector
/// (the same expression over the same C#-folded words) into a table of its own and its GIN index.
/// </summary>
internal static class PostgresFloor
{
    private const int Statement = 5_000;

    public static async Task<(TimeSpan Load, TimeSpan Index)> RunAsync(string cs, string file, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync(ct);
        await ExecAsync(conn, """
            CREATE TABLE floor_listings (id bigint, platform text, listing_id text, url text, title text, description text, price bigint,
                original_price bigint, brand text, category text, seller_id text, seller_name text, shop_url text, province text, ward text);
            CREATE TABLE floor_hashes (listing_id bigint, hash text);
            CREATE TABLE floor_fts (id bigint, document tsvector);
            """, ct);
        var watch = Stopwatch.StartNew();
        await LoadAsync(conn, file, ct);
        var load = watch.Elapsed;
        watch.Restart();
        await IndexAsync(conn, ct);
        return (load, watch.Elapsed);
    }

    private static async Task LoadAsync(NpgsqlConnection conn, string file, CancellationToken ct)
    {
        var types = new[] { NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Bigint,
            NpgsqlDbType.Bigint, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text };
        var id = 0L;
        foreach (var chunk in FloorRow.Read(file).Chunk(FloorRow.ChunkRows))
        {
            await using var tx = await conn.BeginTransactionAsync(ct);
            foreach (var part in chunk.Chunk(Statement))
            {
                var values = part.Select(r => r.Values(++id)).ToArray();
                await using var listing = new NpgsqlCommand(
                    $"INSERT INTO floor_listings SELECT * FROM unnest({string.Join(", ", types.Select((_, i) => $"${i + 1}"))})", conn, tx);
                for (var c = 0; c < types.Length; c++)
                    listing.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | types[c], Value = Column(values, c, types[c]) });
                await listing.PrepareAsync(ct);
                await listing.ExecuteNonQueryAsync(ct);
                var hashes = part.Select((r, i) => (Id: (long)values[i][0]!, r.Hashes)).SelectMany(x => x.Hashes.Select(h => (x.Id, h))).ToArray();
                await using var hash = new NpgsqlCommand("INSERT INTO floor_hashes SELECT * FROM unnest($1, $2)", conn, tx);
                hash.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = hashes.Select(h => h.Id).ToArray() });
                hash.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = hashes.Select(h => h.h).ToArray() });
                await hash.PrepareAsync(ct);
                await hash.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
    }

    private static Array Column(object?[][] rows, int c, NpgsqlDbType type) =>
        type == NpgsqlDbType.Bigint ? rows.Select(r => (long?)r[c]).ToArray() : rows.Select(r => (string?)r[c]).ToArray();

    private static async Task IndexAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var rows = new List<(long Id, string Title, string Brand, string Description)>();
        await using (var read = new NpgsqlCommand("SELECT id, title, brand, description FROM floor_listings ORDER BY id", conn))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                rows.Add((reader.GetInt64(0), Words(reader.GetString(1)), Words(reader.IsDBNull(2) ? null : reader.GetString(2)), Words(reader.IsDBNull(3) ? null : reader.GetString(3))));
        }
        foreach (var part in rows.Chunk(Statement))
        {
            await using var cmd = new NpgsqlCommand($"""
                INSERT INTO floor_fts SELECT id, {Enforcement.Search.Postgres.PostgresSchema.Document}
                FROM unnest($1, $2, $3, $4) AS u(id, title_words, brand_words, description_words)
                """, conn);
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint, Value = part.Select(r => r.Id).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = part.Select(r => r.Title).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = part.Select(r => r.Brand).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = part.Select(r => r.Description).ToArray() });
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await ExecAsync(conn, "SET maintenance_work_mem = '256MB'; CREATE INDEX floor_fts_document ON floor_fts USING gin (document);", ct);
    }

    private static string Words(string? text) => string.Join(' ', VietnameseFolding.Words(text));

    private static async Task ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
