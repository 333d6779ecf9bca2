using System.Data.Common;
using Enforcement.Api.Listings.Indexing;

namespace Enforcement.Api.Listings.Import;

internal enum RowOutcome { Inserted, Updated, Unchanged }

internal sealed record WrittenRow(ListingRow Row, long Id, RowOutcome Outcome);

/// <summary>
/// Writes a batch with a handful of set-based statements on the caller's transaction: read what exists, one
/// upsert of all rows, the history rows, the image hashes, the index queue. No change tracking (a million lines
/// would spend their time in it), and each statement takes the whole batch as one JSON parameter (<see cref="JsonRows"/>).
/// </summary>
internal sealed class ListingBatchWriter(DbConnection connection, string source)
{
    private readonly JsonRows _sql = new(connection.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal));

    public async Task<List<WrittenRow>> WriteAsync(IReadOnlyList<ListingRow> rows, DbTransaction tx, DateTime now, CancellationToken ct)
    {
        var existing = await ExistingListings.ReadAsync(connection, tx, _sql, rows, ct);
        var outcomes = new RowOutcome[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            outcomes[i] = existing.TryGetValue((rows[i].Platform, rows[i].ListingId), out var old) ? (old.SameAs(rows[i]) ? RowOutcome.Unchanged : RowOutcome.Updated) : RowOutcome.Inserted;

        var ids = new Dictionary<(string, string), long>(rows.Count);
        await using (var upsert = JsonRows.Command(connection, tx, UpsertSql))
        {
            Sql.Add(upsert, "@rows", JsonRows.Write(rows.Select((r, i) => new object?[]
            {
                r.Platform, r.ListingId, r.Url, r.Title, r.Description, r.Price, r.OriginalPrice, r.Brand, r.Category,
                r.SellerId, r.SellerName, r.SellerShopUrl, r.SellerProvince, r.SellerWard, r.SellerKey, r.TitleFingerprint,
                // An unchanged row keeps its UpdatedAt (as the exact text SQLite stores; PostgreSQL parses it).
                outcomes[i] == RowOutcome.Unchanged ? existing[(r.Platform, r.ListingId)].UpdatedAtText : null,
            })));
            Sql.Add(upsert, "@now", now);
            await using var reader = await upsert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) ids[(reader.GetString(1), reader.GetString(2))] = reader.GetInt64(0);
        }
        var written = rows.Select((r, i) => new WrittenRow(r, ids[(r.Platform, r.ListingId)], outcomes[i])).ToList();

        var history = written.Where(w => w.Outcome == RowOutcome.Inserted
            || (w.Outcome == RowOutcome.Updated && existing[(w.Row.Platform, w.Row.ListingId)].HistoryDiffers(w.Row))).ToList();
        if (history.Count > 0)
        {
            await using var cmd = JsonRows.Command(connection, tx, $"""
                INSERT INTO "ListingSnapshots" ("ListingId", "SeenAt", "PriceVnd", "Title", "Status", "Source")
                SELECT {_sql.Col(0, "bigint")}, @now, {_sql.Col(1, "bigint")}, {_sql.Col(2)}, 'active', @source FROM {_sql.From("@rows")}
                """);
            Sql.Add(cmd, "@rows", JsonRows.Write(history.Select(w => new object?[] { w.Id, w.Row.Price, w.Row.Title })));
            Sql.Add(cmd, "@now", now);
            Sql.Add(cmd, "@source", source);
            await cmd.ExecuteNonQueryAsync(ct);
        }
        await ReplaceImageHashesAsync(written.Where(w => w.Outcome == RowOutcome.Inserted ? w.Row.ImageHashes.Count > 0
            : w.Outcome == RowOutcome.Updated && !existing[(w.Row.Platform, w.Row.ListingId)].SameHashes(w.Row)).ToList(), tx, ct);
        // LastSeenAt moved even for unchanged rows, and the index filters on it.
        await ListingIndexQueue.EnqueueAsync(connection, tx, written.Select(w => w.Id).ToList(), now, ct);
        return written;
    }

    private string UpsertSql => $"""
        INSERT INTO "Listings" ("Platform", "PlatformListingId", "Url", "Title", "Description", "PriceVnd", "OriginalPriceVnd", "Brand", "Category",
            "SellerPlatformId", "SellerName", "SellerShopUrl", "SellerProvince", "SellerWard", "SellerKey", "TitleFingerprint", "UpdatedAt",
            "Status", "FirstSeenAt", "LastSeenAt", "CreatedAt")
        SELECT {string.Join(", ", Enumerable.Range(0, 16).Select(i => _sql.Col(i, i is 5 or 6 ? "bigint" : null)))},
            COALESCE({_sql.Col(16, "timestamptz")}, @now), 'active', @now, @now, @now
        FROM {_sql.From("@rows")} WHERE true
        ON CONFLICT ("Platform", "PlatformListingId") DO UPDATE SET "Url" = excluded."Url", "Title" = excluded."Title",
            "Description" = excluded."Description", "PriceVnd" = excluded."PriceVnd", "OriginalPriceVnd" = excluded."OriginalPriceVnd",
            "Brand" = excluded."Brand", "Category" = excluded."Category", "SellerPlatformId" = excluded."SellerPlatformId",
            "SellerName" = excluded."SellerName", "SellerShopUrl" = excluded."SellerShopUrl", "SellerProvince" = excluded."SellerProvince",
            "SellerWard" = excluded."SellerWard", "SellerKey" = excluded."SellerKey", "TitleFingerprint" = excluded."TitleFingerprint",
            "UpdatedAt" = excluded."UpdatedAt", "Status" = excluded."Status", "LastSeenAt" = excluded."LastSeenAt"
        RETURNING "Id", "Platform", "PlatformListingId"
        """;

    private async Task ReplaceImageHashesAsync(List<WrittenRow> rows, DbTransaction tx, CancellationToken ct)
    {
        if (rows.Count == 0) return;
        await using (var delete = JsonRows.Command(connection, tx,
            $"""DELETE FROM "ListingImageHashes" WHERE "ListingId" IN (SELECT {_sql.Col(0, "bigint")} FROM {_sql.From("@ids")})"""))
        {
            Sql.Add(delete, "@ids", JsonRows.Write(rows.Select(r => new object?[] { r.Id })));
            await delete.ExecuteNonQueryAsync(ct);
        }
        var values = rows.SelectMany(r => r.Row.ImageHashes.Select(h => new object?[] { r.Id, h })).ToList();
        if (values.Count == 0) return;
        await using var insert = JsonRows.Command(connection, tx,
            $"""INSERT INTO "ListingImageHashes" ("ListingId", "Hash") SELECT {_sql.Col(0, "bigint")}, {_sql.Col(1)} FROM {_sql.From("@rows")}""");
        Sql.Add(insert, "@rows", JsonRows.Write(values));
        await insert.ExecuteNonQueryAsync(ct);
    }
}
