using System.Data.Common;


namespace Enforcement.Api.Listings.Indexing;

/// <summary>
/// The outbox of the search index: every write to a listing calls EnqueueAsync in its own
/// transaction, so an index that was down catches up from here. A new row starts at revision 1; an existing
/// one gets the next revision (its lease and attempts stay, so the indexer sees the row changed under it).
/// </summary>
internal static class ListingIndexQueue
{
    public static async Task EnqueueAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> listingIds, DateTime now, CancellationToken ct)
    {
        if (listingIds.Count == 0) return;
        var sql = new Import.JsonRows(connection.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal));
        await using var cmd = Import.JsonRows.Command(connection, transaction, $"""
            INSERT INTO "ListingIndexQueue" ("ListingId", "Revision", "EnqueuedAt", "Attempts")
            SELECT DISTINCT {sql.Col(0, "bigint")}, 1, @now, 0 FROM {sql.From("@ids")} WHERE true
            ON CONFLICT ("ListingId") DO UPDATE SET "Revision" = "ListingIndexQueue"."Revision" + 1, "EnqueuedAt" = excluded."EnqueuedAt"
            """);
        Import.Sql.Add(cmd, "@ids", Import.JsonRows.Write(listingIds.Distinct().Select(id => new object?[] { id })));
        Import.Sql.Add(cmd, "@now", now);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The same, on the DbContext's connection and current transaction.</summary>
    public static Task EnqueueAsync(Data.EnforcementDbContext db, IReadOnlyCollection<long> listingIds, DateTime now, CancellationToken ct) =>
        EnqueueAsync(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database),
            Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(db.Database.CurrentTransaction
                ?? throw new InvalidOperationException("Enqueue a listing inside the transaction that writes it.")), listingIds, now, ct);

}
