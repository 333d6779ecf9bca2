using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;

namespace Enforcement.Api.Listings.Import;

/// <summary>
/// A batch goes to the database as ONE parameter, a JSON array of row arrays, read back with json_each (SQLite)
/// or jsonb_array_elements (PostgreSQL). Thousands of named parameters would cost more than the rows: SQLite
/// finds each parameter by a linear search over the statement's names (quadratic in the batch size).
/// </summary>
internal sealed class JsonRows(bool postgres)
{
    public bool Postgres { get; } = postgres;

    /// <summary>The FROM item for parameter <paramref name="param"/>; its row is <c>j</c>.</summary>
    public string From(string param) => Postgres ? $"jsonb_array_elements(CAST({param} AS jsonb)) AS j(v)" : $"json_each({param}) AS j";

    /// <summary>Element <paramref name="index"/> of the row, as text, or cast on PostgreSQL (SQLite keeps JSON numbers as integers).</summary>
    public string Col(int index, string? pgType = null) =>
        Postgres ? (pgType is null ? $"(j.v ->> {index})" : $"CAST(j.v ->> {index} AS {pgType})") : $"(j.value ->> {index})";

    public static string Write(IEnumerable<object?[]> rows)
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartArray();
                foreach (var value in row)
                {
                    switch (value)
                    {
                        case null: json.WriteNullValue(); break;
                        case long l: json.WriteNumberValue(l); break;
                        case string s: json.WriteStringValue(s); break;
                        default: throw new ArgumentException($"Unexpected {value.GetType()}");
                    }
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }
}
