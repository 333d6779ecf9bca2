using Enforcement.Api.Data;
using Enforcement.Api.Evidence;
using Enforcement.Api.Listings.Import;
using Enforcement.Evidence.Capture;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Listings.Capture;

/// <summary>
/// A capture that found listing facts upserts the listing through the importer and links it to the capture and
/// to the capture's case, in the capture's own transaction. Behind a savepoint: a listing the database refuses
/// never costs the evidence.
/// </summary>
internal sealed class CaptureListingIngest(EnforcementDbContext db, ListingImporter importer, IOptions<ListingsOptions> options, TimeProvider clock, ILogger<CaptureListingIngest> logger)
{
    private const string Savepoint = "listing_from_capture";

    /// <summary>Pages often link the shop relatively; an address that is not http(s) is dropped rather than sinking the listing.</summary>
    private static string? ShopUrl(Uri page, string? shop) =>
        shop is { Length: > 0 } && Uri.TryCreate(page, shop, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
            ? absolute.ToString() : null;

    public async Task IngestAsync(EvidenceCapture capture, Uri finalUrl, ListingFacts? facts, CancellationToken ct)
    {
        if (facts?.Title is not { Length: > 0 } title || db.Database.CurrentTransaction is not { } tx) return;
        var raw = new RawListing
        {
            Line = 1, Platform = ListingUrls.PlatformOf(finalUrl, options.Value.PlatformHosts), ListingId = ListingUrls.IdOf(finalUrl),
            Url = finalUrl.ToString(), Title = title.Length > 500 ? title[..500] : title,
            Price = facts.PriceVnd?.ToString(System.Globalization.CultureInfo.InvariantCulture), SellerName = facts.Seller, SellerShopUrl = ShopUrl(finalUrl, facts.ShopUrl),
        };
        await tx.CreateSavepointAsync(Savepoint, ct);
        try
        {
            if (await importer.UpsertInCurrentTransactionAsync(raw, ListingImporter.SourceCapture, ct) is not { } written)
            {
                logger.LogWarning("Capture {Id}: the listing facts do not make a valid listing; none recorded", capture.Id);
                return;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var links = await db.Set<ListingLink>().Where(l => l.ListingId == written.Id && (l.EvidenceCaptureId == capture.Id || l.ComplaintId == capture.ComplaintId)).ToListAsync(ct);
            if (!links.Any(l => l.EvidenceCaptureId == capture.Id))
                db.Add(new ListingLink { ListingId = written.Id, Kind = ListingLinkKinds.Evidence, EvidenceCaptureId = capture.Id, CreatedAt = now, CreatedBy = capture.RequestedBy });
            if (!links.Any(l => l.ComplaintId == capture.ComplaintId))
                db.Add(new ListingLink { ListingId = written.Id, Kind = ListingLinkKinds.Complaint, ComplaintId = capture.ComplaintId, CreatedAt = now, CreatedBy = capture.RequestedBy });
            await db.SaveChangesAsync(ct);
            await tx.ReleaseSavepointAsync(Savepoint, ct);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or DbUpdateException)
        {
            logger.LogWarning(ex, "Capture {Id}: the listing could not be recorded; the evidence is kept", capture.Id);
            await tx.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
            db.ChangeTracker.Entries<ListingLink>().ToList().ForEach(e => e.State = EntityState.Detached);
        }
    }
}
