using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Search.Postgres;

/// <summary>Writing rows: a multi-row upsert from arrays for updates, binary COPY for bulk loads.</summary>
internal static class PostgresWrites
{
    /// <summary>Rows per upsert statement: big enough to be fast, small enough to keep parameters modest.</summary>
    private const int UpsertChunk = 5_000;

    private static readonly string Upsert = BuildUpsert();

    public static async Task UpsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, List<PostgresRow> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(UpsertChunk))
        {
            await using var cmd = new NpgsqlCommand(Upsert, conn, tx);
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Id, NpgsqlDbType.Bigint));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Platform, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Title, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Description, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Brand, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Category, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Seller, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.SellerName, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Province, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Ward, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Price, NpgsqlDbType.Bigint));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Risk, NpgsqlDbType.Integer));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.RiskBand, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.Status, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.FirstSeen, NpgsqlDbType.TimestampTz));
            cmd.Parameters.Add(Array(chunk, r => r.Doc.LastSeen, NpgsqlDbType.TimestampTz));
            cmd.Parameters.Add(Array(chunk, r => r.TitleWords, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.BrandWords, NpgsqlDbType.Text));
            cmd.Parameters.Add(Array(chunk, r => r.DescriptionWords, NpgsqlDbType.Text));
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    public static async Task CopyAsync(NpgsqlConnection conn, string table, IReadOnlyList<PostgresRow> rows, CancellationToken ct)
    {
        var columns = string.Join(", ", PostgresRow.Columns.Select(c => $"\"{c}\""));
        await using var writer = await conn.BeginBinaryImportAsync($"COPY \"{table}\" ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            var d = r.Doc;
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(d.Id, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(d.Platform, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.Title, NpgsqlDbType.Text, ct);
            await WriteAsync(writer, d.Description, ct);
            await WriteAsync(writer, d.Brand, ct);
            await WriteAsync(writer, d.Category, ct);
            await WriteAsync(writer, d.Seller, ct);
            await WriteAsync(writer, d.SellerName, ct);
            await WriteAsync(writer, d.Province, ct);
            await WriteAsync(writer, d.Ward, ct);
            if (d.Price is { } price) await writer.WriteAsync(price, NpgsqlDbType.Bigint, ct);
            else await writer.WriteNullAsync(ct);
            await writer.WriteAsync(d.Risk, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(d.RiskBand, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.Status, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.FirstSeen, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(d.LastSeen, NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(r.TitleWords, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.BrandWords, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.DescriptionWords, NpgsqlDbType.Text, ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct) =>
        value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, NpgsqlDbType.Text, ct);

    private static NpgsqlParameter Array<T>(PostgresRow[] rows, Func<PostgresRow, T> value, NpgsqlDbType type) =>
        new() { Value = rows.Select(value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type };

    private static string BuildUpsert()
    {
        var columns = string.Join(", ", PostgresRow.Columns.Select(c => $"\"{c}\""));
        var arrays = string.Join(", ", PostgresRow.Columns.Select((_, i) => $"${i + 1}"));
        var updates = string.Join(", ", PostgresRow.Columns.Skip(1).Select(c => $"\"{c}\" = EXCLUDED.\"{c}\""));
        return $"""
            INSERT INTO "{PostgresSchema.Table}" ({columns})
            SELECT * FROM unnest({arrays})
            ON CONFLICT ("Id") DO UPDATE SET {updates}
            """;
    }
}
