using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Listings.Indexing;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Links;

/// <summary>At intake, a complaint's listing URLs that are already known listings are linked to it, in the complaint's transaction.</summary>
internal sealed class ComplaintListingLinks(EnforcementDbContext db)
{
    public const string SystemActor = "system";

    public async Task StageAsync(Complaint complaint, DateTime now, CancellationToken ct)
    {
        var urls = complaint.ListingUrls.Select(u => u.Url).Distinct().ToList();
        if (urls.Count == 0) return;
        var ids = await db.Set<Listing>().Where(l => urls.Contains(l.Url)).Select(l => l.Id).ToListAsync(ct);
        if (ids.Count == 0) return;
        foreach (var id in ids)
            db.Add(new ListingLink { ListingId = id, Kind = ListingLinkKinds.Complaint, Complaint = complaint, CreatedAt = now, CreatedBy = SystemActor });
        await ListingIndexQueue.EnqueueAsync(db, ids, now, ct);
    }
}
