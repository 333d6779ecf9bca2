using Enforcement.Api.Data;
using Enforcement.Api.Listings.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine;

/// <summary>
/// Where reference data meets the risk score: every write to a brand, its products or its authorized sellers calls
/// this inside its transaction, so the brand's listings are queued for a new score together with the change.
/// </summary>
internal static class GenuineChanges
{
    /// <summary>Queues the listings that state this brand (by name or alias, any case).</summary>
    public static async Task BrandChangedAsync(EnforcementDbContext db, long brandId, CancellationToken ct)
    {
        var brand = await db.Set<Brand>().AsNoTracking().Where(b => b.Id == brandId).Select(b => new { b.Name, b.Aliases }).SingleOrDefaultAsync(ct);
        if (brand is null) return;
        var names = brand.Aliases.Append(brand.Name).Select(n => n.Trim().ToLowerInvariant()).Distinct().ToList();
        var ids = await db.Set<Listing>().AsNoTracking().Where(l => l.Brand != null && names.Contains(l.Brand.ToLower())).Select(l => l.Id).ToListAsync(ct);
        // The database's clock: reference writes have no TimeProvider at hand, and the time only orders the queue.
#pragma warning disable EF1002 // a fixed SQL fragment, no values
        var now = DateTime.SpecifyKind((await db.Database.SqlQueryRaw<DateTime>($"SELECT {Enforcement.Workflows.Runtime.DatabaseClock.NowSql(db.Database)} AS \"Value\"").ToListAsync(ct))[0], DateTimeKind.Utc);
#pragma warning restore EF1002
        foreach (var chunk in ids.Chunk(5_000)) await ListingIndexQueue.EnqueueAsync(db, chunk, now, ct);
    }
}
