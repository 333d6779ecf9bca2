using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Search.Postgres;

/// <summary>
/// Writing rows: multi-row INSERT from arrays (one parameter per column, binary), the tsvector computed by the
/// server from the folded words; an upsert for updates, a plain insert when filling a fresh table.
/// </summary>
internal static class PostgresWrites
{
    /// <summary>Rows per statement: big enough to be fast, small enough to keep each message modest.</summary>
    private const int Chunk = 5_000;

    public static async Task InsertAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string table, bool upsert, List<PostgresRow> rows, CancellationToken ct)
    {
        var sql = Insert(table, upsert);
        foreach (var chunk in rows.Chunk(Chunk))
        {
            await using var cmd = new NpgsqlCommand(sql, conn, tx);
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

    private static NpgsqlParameter Array<T>(PostgresRow[] rows, Func<PostgresRow, T> value, NpgsqlDbType type) =>
        new() { Value = rows.Select(value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type };

    private static string Insert(string table, bool upsert)
    {
        var columns = PostgresRow.Columns.Select(c => $"\"{c}\"").ToList();
        var aliases = PostgresRow.Columns.Select(c => "c_" + c.ToLowerInvariant()).Concat(["title_words", "brand_words", "description_words"]).ToList();
        var arrays = string.Join(", ", aliases.Select((_, i) => $"${i + 1}"));
        var updates = string.Join(", ", PostgresRow.Columns.Skip(1).Append("Document").Select(c => $"\"{c}\" = EXCLUDED.\"{c}\""));
        return $"""
            INSERT INTO "{table}" ({string.Join(", ", columns)}, "Document")
            SELECT {string.Join(", ", aliases.Take(columns.Count))}, {PostgresSchema.Document}
            FROM unnest({arrays}) AS u({string.Join(", ", aliases)})
            {(upsert ? $"ON CONFLICT (\"Id\") DO UPDATE SET {updates}" : "")}
            """;
    }
}
