using System.Security.Claims;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Evidence.Capture;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Evidence.Safety;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Evidence.Request;

/// <summary>What to capture; <c>previousId</c> makes it a repeat of an earlier capture, to follow a listing over time.</summary>
public sealed record CaptureRequestBody(string? Url, long? PreviousId);

public sealed record CaptureAccepted(long Id);

internal static class RequestCaptureEndpoint
{
    public static RouteGroupBuilder MapRequestCapture(this RouteGroupBuilder group)
    {
        group.MapPost("/cases/{code}/evidence", RequestAsync).WithName("RequestEvidenceCapture")
            .WithSummary("Queue a capture of a web page for the case: 202 with its id. A URL that is not http(s) or points at an internal address is refused with 400.")
            .Produces<CaptureAccepted>(StatusCodes.Status202Accepted).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Accepted<CaptureAccepted>, ValidationProblem, ProblemHttpResult>> RequestAsync(
        string code, CaptureRequestBody? body, ClaimsPrincipal user, EnforcementDbContext db, TargetGuard guard, CaptureSignal signal, TimeProvider clock, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        var complaintId = await db.Complaints.VisibleTo(user).Where(c => c.TrackingCode == upper).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
        if (complaintId is null) return Problems.NotFound("error.notFound");
        var errors = new FieldErrors();
        var url = body?.Url?.Trim();
        if (string.IsNullOrEmpty(url)) errors.Required("url", "field.url");
        else
        {
            errors.NoControlCharacters("url", url, multiline: false);
            errors.Url("url", url);
        }
        if (errors.IsEmpty && await guard.CheckAsync(new Uri(url!), ct) is { Allowed: false } refused) errors.Add("url", refused.Reason ?? "");
        if (body?.PreviousId is { } previous && !await db.Set<EvidenceCapture>().AnyAsync(c => c.Id == previous && c.ComplaintId == complaintId, ct))
            errors.Add("previousId", Localization.Text.Get("evidence.previous.notFound"));
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var now = clock.GetUtcNow().UtcDateTime;
        var capture = new EvidenceCapture
        {
            ComplaintId = complaintId.Value, RequestedUrl = url!, Status = CaptureStatuses.Queued, RequestedBy = user.UserName(),
            RequestedAt = now, NextAttemptAt = now, PreviousCaptureId = body?.PreviousId,
        };
        db.Add(capture);
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return TypedResults.Accepted($"/api/staff/evidence/{capture.Id}", new CaptureAccepted(capture.Id));
    }
}
