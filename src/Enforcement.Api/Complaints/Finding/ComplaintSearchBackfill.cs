using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Finding;

/// <summary>
/// Complaints filed before schema 0016 get their search text at start, in batches (the folding is C#'s, so SQL cannot
/// do it). Once done, the query finds no row and costs one index probe.
/// </summary>
internal static class ComplaintSearchBackfill
{
    private const int Batch = 1000;

    public static async Task<int> RunAsync(EnforcementDbContext db, CancellationToken ct)
    {
        var done = 0;
        while (true)
        {
            var batch = await db.Complaints.Where(c => c.SearchText == null).OrderBy(c => c.Id).Take(Batch)
                .Include(c => c.ListingUrls).ToListAsync(ct);
            if (batch.Count == 0) return done;
            foreach (var c in batch) ComplaintSearchText.Apply(c);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            done += batch.Count;
        }
    }
}
