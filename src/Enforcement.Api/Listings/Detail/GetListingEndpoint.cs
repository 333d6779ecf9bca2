using System.Security.Claims;
using System.Text.Json;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Evidence;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Detail;

internal static class GetListingEndpoint
{
    private static readonly JsonElement NoFactors = JsonDocument.Parse("[]").RootElement.Clone();

    public static RouteGroupBuilder MapGetListing(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:long}", GetAsync).WithName("GetListing")
            .WithSummary("A listing: every field, its risk score and factors, its history (newest first), and its links to cases and captures the user may see.")
            .Produces<ListingDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Ok<ListingDetail>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var l = await db.Set<Listing>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (l is null) return Problems.NotFound("listings.notFound");
        var hashes = await db.Set<ListingImageHash>().Where(h => h.ListingId == id).OrderBy(h => h.Hash).Select(h => h.Hash).ToListAsync(ct);
        var history = await db.Set<ListingSnapshot>().AsNoTracking().Where(s => s.ListingId == id).OrderByDescending(s => s.SeenAt).ThenByDescending(s => s.Id)
            .Select(s => new ListingSnapshotView(s.SeenAt, s.PriceVnd, s.Title, s.Status, s.Source)).ToListAsync(ct);
        // Only links whose case the user may see: a link must not reveal a case code to someone outside it.
        var visible = db.Complaints.VisibleTo(user);
        var links = await (
            from link in db.Set<ListingLink>().Where(k => k.ListingId == id)
            join capture in db.Set<EvidenceCapture>() on link.EvidenceCaptureId equals (long?)capture.Id into captures
            from capture in captures.DefaultIfEmpty()
            join complaint in visible on (link.ComplaintId ?? capture!.ComplaintId) equals complaint.Id
            orderby link.Id
            select new ListingLinkView(link.Id, link.Kind, complaint.TrackingCode, link.EvidenceCaptureId, link.CreatedAt, link.CreatedBy)).ToListAsync(ct);
        return TypedResults.Ok(new ListingDetail(
            l.Id, l.Platform, l.PlatformListingId, l.Url, l.Title, l.Description, l.PriceVnd, l.OriginalPriceVnd, l.Brand, l.Category,
            new ListingSellerView(l.SellerPlatformId, l.SellerKey, l.SellerName, l.SellerShopUrl, l.SellerProvince, l.SellerWard), hashes,
            l.Status, l.TitleFingerprint, l.FirstSeenAt, l.LastSeenAt, l.CreatedAt, l.UpdatedAt,
            new ListingRiskView(l.RiskScore, l.RiskBand, Factors(l.RiskFactorsJson), l.RiskComputedAt), history, links));
    }

    /// <summary>The rules write an array; anything else (or nothing yet) shows as no factors rather than failing the page.</summary>
    private static JsonElement Factors(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return NoFactors;
        try
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.Clone() : NoFactors;
        }
        catch (JsonException)
        {
            return NoFactors;
        }
    }
}
