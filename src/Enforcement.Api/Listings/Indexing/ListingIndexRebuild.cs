using System.Runtime.CompilerServices;
using Enforcement.Api.Data;
using Enforcement.Search;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>
/// Rebuilds the search index from the database, the source of truth (`enforcement search reindex`): every listing,
/// in id order. Risk scores are refreshed first and committed, because on SQLite the index holds the only write
/// lock while it rebuilds; searches keep answering from the old copy until the new one is complete.
/// </summary>
internal sealed class ListingIndexRebuild(EnforcementDbContext db, IListingIndex index, ListingRiskRefresher risk, TimeProvider clock)
{
    public const int BatchSize = 5_000;

    public long Indexed { get; private set; }

    public async Task<long> RunAsync(CancellationToken ct)
    {
        await index.EnsureReadyAsync(ct);
        await risk.RefreshAllAsync(BatchSize, ct);
        var started = clock.GetUtcNow().UtcDateTime.AddSeconds(-5);
        await index.RebuildAsync(BatchesAsync(ct), ct);
        // What was queued before the rebuild read the database is in the new copy; a later change bumped its row's time.
        await db.Set<ListingIndexQueueEntry>().Where(q => q.EnqueuedAt < started).ExecuteDeleteAsync(ct);
        // A change indexed into the old copy while the new one was filling is lost at the swap: queue it again.
        var changed = await db.Set<Listing>().Where(l => l.UpdatedAt >= started).Select(l => l.Id).ToListAsync(ct);
        foreach (var chunk in changed.Chunk(1_000))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await ListingIndexQueue.EnqueueAsync(db, chunk, clock.GetUtcNow().UtcDateTime, ct);
            await tx.CommitAsync(ct);
        }
        return Indexed;
    }

    private async IAsyncEnumerable<IReadOnlyList<ListingDocument>> BatchesAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0L;
        while (true)
        {
            var batch = await db.Set<Listing>().AsNoTracking().Where(l => l.Id > after).OrderBy(l => l.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) yield break;
            Indexed += batch.Count;
            after = batch[^1].Id;
            yield return [.. batch.Select(ListingDocuments.From)];
            db.ChangeTracker.Clear();
        }
    }
}
