using Enforcement.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Enforcement.Api.Complaints;

/// <summary>
/// Attachment bytes travel between a stream and the database in chunks, never as one array:
/// PostgreSQL gets a Stream parameter for the bytea column; SQLite a zeroblob(n) row filled through
/// incremental blob I/O (AttachmentId is the table's rowid).
/// </summary>
internal static class AttachmentStore
{
    private const int ChunkBytes = 81920;

    /// <summary>A table of bytes keyed by its file row's id (an INTEGER PRIMARY KEY, so the rowid on SQLite).</summary>
    internal sealed record BlobTable(string Table, string Key);

    public static readonly BlobTable ComplaintFiles = new("AttachmentContents", "AttachmentId");

    /// <summary>In the caller's transaction, so the bytes are committed or rolled back with the complaint.</summary>
    public static Task WriteAsync(EnforcementDbContext db, long attachmentId, long length, Stream content, CancellationToken ct) =>
        WriteAsync(db, ComplaintFiles, attachmentId, length, content, ct);

    public static Task CopyToAsync(EnforcementDbContext db, long attachmentId, Stream destination, CancellationToken ct) =>
        CopyToAsync(db, ComplaintFiles, attachmentId, destination, ct);

    /// <summary>In the caller's transaction, so the bytes are committed or rolled back with the row that owns them.</summary>
    public static async Task WriteAsync(EnforcementDbContext db, BlobTable table, long attachmentId, long length, Stream content, CancellationToken ct)
    {
        var insertSql = $"""INSERT INTO "{table.Table}" ("{table.Key}", "Bytes") VALUES """;
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Attachment bytes are written in the complaint's transaction.");
        await using var insert = transaction.Connection!.CreateCommand();
        insert.Transaction = transaction;
        if (insert is NpgsqlCommand pg)
        {
            pg.CommandText = insertSql + "(@id, @bytes)";
            pg.Parameters.Add(new NpgsqlParameter<long>("id", attachmentId));
            // A seekable stream is sent as it is read; Npgsql buffers only streams it cannot measure.
            pg.Parameters.Add(new NpgsqlParameter("bytes", NpgsqlDbType.Bytea) { Value = content });
            await pg.ExecuteNonQueryAsync(ct);
            return;
        }
        insert.CommandText = insertSql + "($id, zeroblob($length))";
        insert.Parameters.Add(new SqliteParameter("$id", attachmentId));
        insert.Parameters.Add(new SqliteParameter("$length", length));
        await insert.ExecuteNonQueryAsync(ct);
        await using var blob = new SqliteBlob((SqliteConnection)transaction.Connection, table.Table, "Bytes", attachmentId);
        await content.CopyToAsync(blob, ChunkBytes, ct);
    }

    /// <summary>Copies a file's bytes to <paramref name="destination"/> (a download), chunk by chunk.</summary>
    public static async Task CopyToAsync(EnforcementDbContext db, BlobTable table, long attachmentId, Stream destination, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (connection is SqliteConnection sqlite)
            {
                await using var blob = new SqliteBlob(sqlite, table.Table, "Bytes", attachmentId, readOnly: true);
                await blob.CopyToAsync(destination, ChunkBytes, ct);
                return;
            }
            await using var select = new NpgsqlCommand($"""SELECT "Bytes" FROM "{table.Table}" WHERE "{table.Key}" = @id""", (NpgsqlConnection)connection);
            select.Parameters.Add(new NpgsqlParameter<long>("id", attachmentId));
            await using var reader = await select.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
            if (!await reader.ReadAsync(ct)) throw new InvalidOperationException($"Attachment {attachmentId} has no content row.");
            await using var bytes = await reader.GetStreamAsync(0, ct);
            await bytes.CopyToAsync(destination, ChunkBytes, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
