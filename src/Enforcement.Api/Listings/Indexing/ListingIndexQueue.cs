using System.Data.Common;
using System.Text;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>
/// The outbox of the search index: every write to a listing calls EnqueueAsync in its own
/// transaction, so an index that was down catches up from here. A new row starts at revision 1; an existing
/// one gets the next revision (its lease and attempts stay, so the indexer sees the row changed under it).
/// </summary>
internal static class ListingIndexQueue
{
    private const int Chunk = 1000;

    public static async Task EnqueueAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<long> listingIds, DateTime now, CancellationToken ct)
    {
        var ids = listingIds.Distinct().ToList();
        for (var start = 0; start < ids.Count; start += Chunk)
        {
            var count = Math.Min(Chunk, ids.Count - start);
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO \"ListingIndexQueue\" (\"ListingId\", \"Revision\", \"EnqueuedAt\", \"Attempts\") VALUES ");
            for (var i = 0; i < count; i++)
            {
                if (i > 0) sql.Append(',');
                sql.Append("(@i").Append(i).Append(", 1, @now, 0)");
                Add(cmd, "@i" + i, ids[start + i]);
            }
            sql.Append(" ON CONFLICT (\"ListingId\") DO UPDATE SET \"Revision\" = \"ListingIndexQueue\".\"Revision\" + 1, \"EnqueuedAt\" = excluded.\"EnqueuedAt\"");
            Add(cmd, "@now", now);
            cmd.CommandText = sql.ToString();
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>The same, on the DbContext's connection and current transaction.</summary>
    public static Task EnqueueAsync(Data.EnforcementDbContext db, IReadOnlyCollection<long> listingIds, DateTime now, CancellationToken ct) =>
        EnqueueAsync(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetDbConnection(db.Database),
            Microsoft.EntityFrameworkCore.Storage.DbContextTransactionExtensions.GetDbTransaction(db.Database.CurrentTransaction
                ?? throw new InvalidOperationException("Enqueue a listing inside the transaction that writes it.")), listingIds, now, ct);

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
