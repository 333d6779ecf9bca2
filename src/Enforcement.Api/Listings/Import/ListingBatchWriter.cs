using System.Data.Common;
using System.Text;
using Enforcement.Api.Listings.Indexing;

namespace Enforcement.Api.Listings.Import;

internal enum RowOutcome { Inserted, Updated, Unchanged }

internal sealed record WrittenRow(ListingRow Row, long Id, RowOutcome Outcome);

/// <summary>
/// Writes a batch of rows with a handful of set-based statements on the caller's transaction: read what exists,
/// one multi-row upsert, the history rows, the image hashes, the index queue. No change tracking: a million
/// lines would spend their time in it. Statements are built per batch size and reused (prepared once).
/// </summary>
internal sealed class ListingBatchWriter(DbConnection connection, string source) : IDisposable
{
    private readonly Dictionary<int, DbCommand> _upserts = [];

    public async Task<List<WrittenRow>> WriteAsync(IReadOnlyList<ListingRow> rows, DbTransaction tx, DateTime now, CancellationToken ct)
    {
        var existing = await ExistingListings.ReadAsync(connection, tx, rows, ct);
        var outcomes = new RowOutcome[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            outcomes[i] = existing.TryGetValue((rows[i].Platform, rows[i].ListingId), out var old) ? (old.SameAs(rows[i]) ? RowOutcome.Unchanged : RowOutcome.Updated) : RowOutcome.Inserted;

        var upsert = Upsert(rows.Count);
        upsert.Transaction = tx;
        var p = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            object?[] values =
            [
                r.Platform, r.ListingId, r.Url, r.Title, r.Description, r.Price, r.OriginalPrice, r.Brand, r.Category,
                r.SellerId, r.SellerName, r.SellerShopUrl, r.SellerProvince, r.SellerWard, r.SellerKey, r.TitleFingerprint,
                outcomes[i] == RowOutcome.Unchanged ? existing[(r.Platform, r.ListingId)].UpdatedAt : now,
            ];
            foreach (var v in values) upsert.Parameters[p++].Value = v ?? DBNull.Value;
        }
        upsert.Parameters[p].Value = now;
        var ids = new Dictionary<(string, string), long>(rows.Count);
        await using (var reader = await upsert.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct)) ids[(reader.GetString(1), reader.GetString(2))] = reader.GetInt64(0);
        }
        var written = rows.Select((r, i) => new WrittenRow(r, ids[(r.Platform, r.ListingId)], outcomes[i])).ToList();

        var history = written.Where(w => w.Outcome == RowOutcome.Inserted
            || (w.Outcome == RowOutcome.Updated && existing[(w.Row.Platform, w.Row.ListingId)].HistoryDiffers(w.Row))).ToList();
        await InsertSnapshotsAsync(history, tx, now, ct);
        await ReplaceImageHashesAsync(written.Where(w => w.Outcome == RowOutcome.Inserted ? w.Row.ImageHashes.Count > 0
            : w.Outcome == RowOutcome.Updated && !existing[(w.Row.Platform, w.Row.ListingId)].SameHashes(w.Row)).ToList(), tx, ct);
        // LastSeenAt moved even for unchanged rows, and the index filters on it.
        await ListingIndexQueue.EnqueueAsync(connection, tx, written.Select(w => w.Id).ToList(), now, ct);
        return written;
    }

    private DbCommand Upsert(int count)
    {
        if (_upserts.TryGetValue(count, out var cached)) return cached;
        var cmd = connection.CreateCommand();
        var sql = new StringBuilder("""
            INSERT INTO "Listings" ("Platform", "PlatformListingId", "Url", "Title", "Description", "PriceVnd", "OriginalPriceVnd", "Brand", "Category",
                "SellerPlatformId", "SellerName", "SellerShopUrl", "SellerProvince", "SellerWard", "SellerKey", "TitleFingerprint", "UpdatedAt",
                "Status", "FirstSeenAt", "LastSeenAt", "CreatedAt") VALUES 
            """);
        var p = 0;
        for (var i = 0; i < count; i++)
        {
            sql.Append(i == 0 ? "(" : ",(");
            for (var c = 0; c < 17; c++)
            {
                if (c > 0) sql.Append(',');
                sql.Append("@p").Append(p);
                Sql.Add(cmd, "@p" + p++);
            }
            sql.Append(",'active',@now,@now,@now)");
        }
        Sql.Add(cmd, "@now");
        sql.Append("""
             ON CONFLICT ("Platform", "PlatformListingId") DO UPDATE SET "Url" = excluded."Url", "Title" = excluded."Title",
                "Description" = excluded."Description", "PriceVnd" = excluded."PriceVnd", "OriginalPriceVnd" = excluded."OriginalPriceVnd",
                "Brand" = excluded."Brand", "Category" = excluded."Category", "SellerPlatformId" = excluded."SellerPlatformId",
                "SellerName" = excluded."SellerName", "SellerShopUrl" = excluded."SellerShopUrl", "SellerProvince" = excluded."SellerProvince",
                "SellerWard" = excluded."SellerWard", "SellerKey" = excluded."SellerKey", "TitleFingerprint" = excluded."TitleFingerprint",
                "UpdatedAt" = excluded."UpdatedAt", "Status" = excluded."Status", "LastSeenAt" = excluded."LastSeenAt"
            RETURNING "Id", "Platform", "PlatformListingId"
            """);
        cmd.CommandText = sql.ToString();
        _upserts[count] = cmd;
        return cmd;
    }

    private async Task InsertSnapshotsAsync(List<WrittenRow> rows, DbTransaction tx, DateTime now, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        var sql = new StringBuilder("""INSERT INTO "ListingSnapshots" ("ListingId", "SeenAt", "PriceVnd", "Title", "Status", "Source") VALUES """);
        for (var i = 0; i < rows.Count; i++)
        {
            sql.Append(i == 0 ? "" : ",").Append($"(@l{i},@now,@p{i},@t{i},'active',@s)");
            Sql.Add(cmd, "@l" + i, rows[i].Id);
            Sql.Add(cmd, "@p" + i, rows[i].Row.Price);
            Sql.Add(cmd, "@t" + i, rows[i].Row.Title);
        }
        Sql.Add(cmd, "@now", now);
        Sql.Add(cmd, "@s", source);
        cmd.CommandText = sql.ToString();
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task ReplaceImageHashesAsync(List<WrittenRow> rows, DbTransaction tx, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        var sql = new StringBuilder("""DELETE FROM "ListingImageHashes" WHERE "ListingId" IN (""");
        for (var i = 0; i < rows.Count; i++)
        {
            sql.Append(i == 0 ? "" : ",").Append("@l").Append(i);
            Sql.Add(cmd, "@l" + i, rows[i].Id);
        }
        sql.Append(')');
        cmd.CommandText = sql.ToString();
        await cmd.ExecuteNonQueryAsync(ct);
        var values = rows.SelectMany(r => r.Row.ImageHashes.Select(h => (r.Id, Hash: h))).ToList();
        foreach (var chunk in values.Chunk(5000))
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = tx;
            var text = new StringBuilder("""INSERT INTO "ListingImageHashes" ("ListingId", "Hash") VALUES """);
            for (var i = 0; i < chunk.Length; i++)
            {
                text.Append(i == 0 ? "" : ",").Append($"(@l{i},@h{i})");
                Sql.Add(insert, "@l" + i, chunk[i].Id);
                Sql.Add(insert, "@h" + i, chunk[i].Hash);
            }
            insert.CommandText = text.ToString();
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    public void Dispose()
    {
        foreach (var cmd in _upserts.Values) cmd.Dispose();
        _upserts.Clear();
    }
}
