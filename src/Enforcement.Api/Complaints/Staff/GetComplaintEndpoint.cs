using System.Security.Claims;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Staff;

internal static class GetComplaintEndpoint
{
    public static RouteGroupBuilder MapGetComplaint(this RouteGroupBuilder group)
    {
        group.MapGet("/{trackingCode}", GetAsync)
            .WithName("GetComplaint")
            .WithSummary("A complaint with contact details, links, attachments and history. 404 when it is not visible to the caller.")
            .Produces<ComplaintDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{trackingCode}/attachments/{attachmentId:long}", DownloadAsync)
            .WithName("DownloadComplaintAttachment")
            .WithSummary("The bytes of an attachment, served with its detected type.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Ok<ComplaintDetail>, ProblemHttpResult>> GetAsync(
        string trackingCode, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, CancellationToken ct)
    {
        var detail = await FindAsync(trackingCode, user, db, mapper, ct);
        return detail is null ? Problems.NotFound("error.notFound") : TypedResults.Ok(detail);
    }

    /// <summary>Shared with the staff detail page. Another agency reads the complainant's contact only if a handoff to it shared it.</summary>
    public static async Task<ComplaintDetail?> FindAsync(string trackingCode, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, CancellationToken ct)
    {
        var code = trackingCode.ToUpperInvariant();
        var detail = await db.Complaints.AsNoTracking().VisibleTo(user)
            .Where(c => c.TrackingCode == code)
            .ProjectTo<ComplaintDetail>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(ct);
        if (detail is null) return null;
        detail.RelatedComplaints = await Finding.RelatedComplaints.ForAsync(code, user, db, ct);
        if (user.Role() != Roles.AgencyLiaison || await Cases.Dossiers.DossierQueries.ContactSharedAsync(db, code, user.AgencyCodeOf(), ct)) return detail;
        return detail with { ComplainantFullName = null, ComplainantPhone = null, ComplainantEmail = null, ComplainantAddress = null, ContactWithheld = true };
    }

    internal static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> DownloadAsync(
        string trackingCode, long attachmentId, ClaimsPrincipal user, EnforcementDbContext db, HttpResponse response, CancellationToken ct)
    {
        var code = trackingCode.ToUpperInvariant();
        var file = await db.Complaints.AsNoTracking().VisibleTo(user)
            .Where(c => c.TrackingCode == code)
            .SelectMany(c => c.Attachments)
            .Where(a => a.Id == attachmentId)
            .Select(a => new { a.Id, a.FileName, a.ContentType, a.SizeBytes })
            .FirstOrDefaultAsync(ct);
        if (file is null) return Problems.NotFound("error.notFound");
        // Sent by the public: saved as a file, never sniffed, and sandboxed if a browser renders it anyway.
        response.Headers.ContentSecurityPolicy = "sandbox";
        response.Headers.XContentTypeOptions = "nosniff";
        response.ContentLength = file.SizeBytes;
        return TypedResults.Stream(body => AttachmentStore.CopyToAsync(db, file.Id, body, ct), file.ContentType, file.FileName);
    }
}
