using System.Security.Claims;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Listings.Detail;
using Enforcement.Api.Listings.Indexing;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Links;

/// <summary>The case (vụ việc) to link, by its complaint's tracking code, e.g. "PA-2026-000123".</summary>
public sealed record LinkListingRequest(string? CaseCode);

internal static class LinkListingEndpoint
{
    public static RouteGroupBuilder MapLinkListing(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:long}/links", LinkAsync).WithName("LinkListingToCase")
            .WithSummary("Link the listing to a case the user can see: 201 with the new link, 200 with the existing one when already linked; 404 when the listing or the case is not found.")
            .Produces<ListingLinkView>(StatusCodes.Status201Created).Produces<ListingLinkView>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Created<ListingLinkView>, Ok<ListingLinkView>, ValidationProblem, ProblemHttpResult>> LinkAsync(
        long id, LinkListingRequest? body, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = body?.CaseCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code)) errors.Required("caseCode", "field.caseCode");
        else if (code.Length > 40 || TextRules.HasControlCharacters(code, false)) errors.Add("caseCode", Text.Get("listings.error.caseNotFound"));
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        if (!await db.Set<Listing>().AnyAsync(l => l.Id == id, ct)) return Problems.NotFound("listings.notFound");
        var complaintId = await db.Complaints.VisibleTo(user).Where(c => c.TrackingCode == code).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
        if (complaintId is null)
        {
            // The same answer for "no such case" and "not yours": a code must not be probed.
            var notFound = Text.Get("listings.error.caseNotFound");
            return TypedResults.Problem(notFound, statusCode: StatusCodes.Status404NotFound, title: notFound,
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { ["caseCode"] = [notFound] } });
        }

        var existing = await FindAsync(db, id, complaintId.Value, ct);
        if (existing is not null) return TypedResults.Ok(View(existing, code!));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var link = new ListingLink { ListingId = id, Kind = ListingLinkKinds.Complaint, ComplaintId = complaintId, CreatedAt = now, CreatedBy = user.UserName() };
        db.Add(link);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Linked at the same moment by another request: theirs is the link.
            await tx.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await FindAsync(db, id, complaintId.Value, ct) is { } theirs ? TypedResults.Ok(View(theirs, code!)) : throw new InvalidOperationException("Listing link vanished.");
        }
        await ListingIndexQueue.EnqueueAsync(db, [id], now, ct);
        await tx.CommitAsync(ct);
        return TypedResults.Created($"/api/staff/listings/{id}", View(link, code!));
    }

    private static Task<ListingLink?> FindAsync(EnforcementDbContext db, long listingId, long complaintId, CancellationToken ct) =>
        db.Set<ListingLink>().AsNoTracking().SingleOrDefaultAsync(l => l.ListingId == listingId && l.ComplaintId == complaintId, ct);

    private static ListingLinkView View(ListingLink l, string code) => new(l.Id, l.Kind, code, l.EvidenceCaptureId, l.CreatedAt, l.CreatedBy);
}
