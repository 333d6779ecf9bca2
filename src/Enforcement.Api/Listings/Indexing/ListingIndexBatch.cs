using Enforcement.Api.Data;
using Enforcement.Search;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>Indexes one leased batch: fresh risk scores, then documents; queue rows go only once their revision is indexed.</summary>
internal sealed class ListingIndexBatch(EnforcementDbContext db, IListingIndex index, ListingRiskRefresher risk, TimeProvider clock)
{
    public async Task IndexAsync(IReadOnlyList<QueuedListing> leased, CancellationToken ct)
    {
        var ids = leased.Select(q => q.ListingId).ToList();
        var listings = await db.Set<Listing>().AsNoTracking().Where(l => ids.Contains(l.Id)).ToListAsync(ct);
        await risk.RefreshAsync(listings, ct);
        var result = await index.UpsertAsync([.. listings.Select(ListingDocuments.From)], ct);
        var gone = ids.Except(listings.Select(l => l.Id)).ToList();
        if (gone.Count > 0) await index.DeleteAsync(gone, ct);

        var failed = result.Errors.ToDictionary(e => e.Id, e => e.Reason);
        await CompleteAsync([.. leased.Where(q => !failed.ContainsKey(q.ListingId))], ct);
        foreach (var (id, reason) in failed)
        {
            var retryAt = clock.GetUtcNow().UtcDateTime.AddMinutes(1);
            await db.Set<ListingIndexQueueEntry>().Where(q => q.ListingId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.LastError, reason.Length > 500 ? reason[..500] : reason).SetProperty(q => q.LeaseExpiresAt, retryAt), ct);
        }
    }

    /// <summary>Removes the rows whose revision was indexed; a row changed since it was leased stays for the next round.</summary>
    private async Task CompleteAsync(IReadOnlyList<QueuedListing> done, CancellationToken ct)
    {
        foreach (var chunk in done.Chunk(500))
        {
            var pairs = string.Join(",", chunk.Select((_, i) => $"({{{2 * i}}}, {{{2 * i + 1}}})"));
            var values = chunk.SelectMany(q => new object[] { q.ListingId, q.Revision }).ToArray();
#pragma warning disable EF1002 // the spliced text is placeholders only; values are parameters
            await db.Database.ExecuteSqlRawAsync($"""DELETE FROM "ListingIndexQueue" WHERE ("ListingId", "Revision") IN (VALUES {pairs})""", values, ct);
#pragma warning restore EF1002
        }
    }
}
