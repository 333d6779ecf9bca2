using System.Security.Claims;
using System.Text.Json;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Evidence.Custody;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Evidence.Integrity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Evidence.Read;

internal static class GetEvidenceEndpoints
{
    /// <summary>Opened in the browser; everything else (captured HTML above all) only as a download, never rendered in our origin.</summary>
    private static readonly HashSet<string> Viewable = ["png", "text"];

    public static RouteGroupBuilder MapGetEvidence(this RouteGroupBuilder group)
    {
        group.MapGet("/evidence/{id:long}", GetAsync).WithName("GetEvidence")
            .WithSummary("A capture: status, failure reason, artifacts with SHA-256 and size, listing facts and the custody log. 404 when its case is not visible.")
            .Produces<EvidenceView>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/cases/{code}/evidence", ListAsync).WithName("ListCaseEvidence")
            .WithSummary("The case's captures, newest first.").Produces<List<EvidenceView>>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/evidence/{id:long}/artifacts/{kind}", ArtifactAsync).WithName("GetEvidenceArtifact")
            .WithSummary("One artifact's bytes. The screenshot (png) and the text may be viewed inline (?download=false); the rest always download. Adds a custody entry.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Ok<EvidenceView>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct) =>
        await EvidenceAccess.FindAsync(db, id, user, ct) is { } capture ? TypedResults.Ok(await ViewAsync(db, capture, ct)) : Problems.NotFound("evidence.notFound");

    internal static async Task<Results<Ok<List<EvidenceView>>, ProblemHttpResult>> ListAsync(string code, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        var complaintId = await db.Complaints.VisibleTo(user).Where(c => c.TrackingCode == upper).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
        if (complaintId is null) return Problems.NotFound("error.notFound");
        var captures = await db.Set<EvidenceCapture>().AsNoTracking().Include(c => c.Artifacts).Where(c => c.ComplaintId == complaintId).OrderByDescending(c => c.Id).ToListAsync(ct);
        // The case page shows every capture: one query for all their logs, not one per capture.
        var ids = captures.Select(c => c.Id).ToList();
        var custody = (await db.Set<CustodyEntry>().AsNoTracking().Where(e => ids.Contains(e.CaptureId)).OrderBy(e => e.Sequence).ToListAsync(ct)).ToLookup(e => e.CaptureId);
        return TypedResults.Ok(captures.Select(c => View(upper, c, custody[c.Id])).ToList());
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ArtifactAsync(
        long id, string kind, bool? download, ClaimsPrincipal user, EnforcementDbContext db, IEvidenceStore store, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        if (await EvidenceAccess.FindAsync(db, id, user, ct) is not { } capture || capture.Artifacts.FirstOrDefault(a => a.Kind == kind) is not { } artifact)
            return Problems.NotFound("evidence.notFound");
        var inline = download == false && Viewable.Contains(artifact.Kind);
        await CustodyLog.AppendAsync(db, id, inline ? CustodyActions.Viewed : CustodyActions.Downloaded, user.UserName(), artifact.FileName, clock, ct);
        http.Response.Headers.ContentSecurityPolicy = "sandbox";
        http.Response.Headers.CacheControl = "no-store";
        var stream = store.OpenRead(artifact.Sha256);
        return inline
            ? TypedResults.Stream(stream, artifact.MediaType)
            : TypedResults.Stream(stream, artifact.MediaType, $"{id}-{artifact.FileName}");
    }

    public static async Task<EvidenceView> ViewAsync(EnforcementDbContext db, EvidenceCapture c, CancellationToken ct)
    {
        var code = await db.Complaints.Where(x => x.Id == c.ComplaintId).Select(x => x.TrackingCode).SingleAsync(ct);
        var custody = await db.Set<CustodyEntry>().AsNoTracking().Where(e => e.CaptureId == c.Id).OrderBy(e => e.Sequence).ToListAsync(ct);
        return View(code, c, custody);
    }

    private static EvidenceView View(string code, EvidenceCapture c, IEnumerable<CustodyEntry> entries)
    {
        var custody = entries.Select(e => new CustodyView(e.Sequence, e.Action, e.Actor, e.At, e.Reason, e.Hash)).ToList();
        var order = new[] { "png", "pdf", "mhtml", "html", "text", "har", "warc" };
        var artifacts = c.Artifacts.OrderBy(a => Array.IndexOf(order, a.Kind))
            .Select(a => new ArtifactView(a.Kind, a.FileName, a.MediaType, a.Sha256, a.Size, $"/api/staff/evidence/{c.Id}/artifacts/{a.Kind}")).ToList();
        JsonElement? listing = c.ListingJson is null ? null : JsonDocument.Parse(c.ListingJson).RootElement.Clone();
        return new EvidenceView(c.Id, code, c.Status, c.FailureReason, c.RequestedUrl, c.FinalUrl, c.RequestedBy, c.RequestedAt, c.CompletedAt, c.Attempts,
            c.PreviousCaptureId, c.ManifestSha256, c.SigningKeyFingerprint, c.Timestamp is not null, artifacts, listing, custody);
    }
}
