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
    private const string Insert = """INSERT INTO "AttachmentContents" ("AttachmentId", "Bytes") VALUES """;

    /// <summary>In the caller's transaction, so the bytes are committed or rolled back with the complaint.</summary>
    public static async Task WriteAsync(EnforcementDbContext db, long attachmentId, long length, Stream content, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Attachment bytes are written in the complaint's transaction.");
        await using var insert = transaction.Connection!.CreateCommand();
        insert.Transaction = transaction;
        if (insert is NpgsqlCommand pg)
        {
            pg.CommandText = Insert + "(@id, @bytes)";
            pg.Parameters.Add(new NpgsqlParameter<long>("id", attachmentId));
            // A seekable stream is sent as it is read; Npgsql buffers only streams it cannot measure.
            pg.Parameters.Add(new NpgsqlParameter("bytes", NpgsqlDbType.Bytea) { Value = content });
            await pg.ExecuteNonQueryAsync(ct);
            return;
        }
        insert.CommandText = Insert + "($id, zeroblob($length))";
        insert.Parameters.Add(new SqliteParameter("$id", attachmentId));
        insert.Parameters.Add(new SqliteParameter("$length", length));
        await insert.ExecuteNonQueryAsync(ct);
        await using var blob = new SqliteBlob((SqliteConnection)transaction.Connection, "AttachmentContents", "Bytes", attachmentId);
        await content.CopyToAsync(blob, ChunkBytes, ct);
    }

    /// <summary>Copies an attachment's bytes to <paramref name="destination"/> (a download), chunk by chunk.</summary>
    public static async Task CopyToAsync(EnforcementDbContext db, long attachmentId, Stream destination, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            if (connection is SqliteConnection sqlite)
            {
                await using var blob = new SqliteBlob(sqlite, "AttachmentContents", "Bytes", attachmentId, readOnly: true);
                await blob.CopyToAsync(destination, ChunkBytes, ct);
                return;
            }
            await using var select = new NpgsqlCommand("""SELECT "Bytes" FROM "AttachmentContents" WHERE "AttachmentId" = @id""", (NpgsqlConnection)connection);
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
