using System.Security.Cryptography;
using System.Text;
using Enforcement.Api.Complaints.Submit;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Track;

/// <summary>What a complainant sees: status and public history, no personal data.</summary>
public sealed record PublicComplaintStatus(
    string TrackingCode, string Category, string CategoryLabel, string Status, string StatusLabel,
    DateTime SubmittedAt, IReadOnlyList<PublicHistoryEntry> History);

public sealed record PublicHistoryEntry(string Status, string StatusLabel, DateTime At, string? Note);

internal static class TrackComplaintEndpoint
{
    public static RouteHandlerBuilder MapTrackComplaint(this RouteGroupBuilder group) =>
        group.MapGet("/{trackingCode}", GetAsync)
            .WithName("TrackComplaint")
            .WithSummary("Public status and history of a complaint. A wrong key is answered exactly like an unknown code.")
            .Produces<PublicComplaintStatus>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.PublicRead);

    internal static async Task<Results<Ok<PublicComplaintStatus>, ProblemHttpResult>> GetAsync(string trackingCode, string? key, EnforcementDbContext db, CancellationToken ct)
    {
        var status = await FindAsync(db, trackingCode, key, ct);
        return status is null ? Problems.NotFound("error.notFound") : TypedResults.Ok(status);
    }

    /// <summary>Shared with the status web page.</summary>
    public static async Task<PublicComplaintStatus?> FindAsync(EnforcementDbContext db, string? trackingCode, string? key, CancellationToken ct)
    {
        var code = (trackingCode ?? "").Trim().ToUpperInvariant();
        if (code.Length is 0 or > 20) return null;
        var complaint = await db.Complaints.AsNoTracking()
            .Where(c => c.TrackingCode == code)
            .Select(c => new { c.TrackingCode, c.AccessKeyHash, c.Category, c.Status, c.SubmittedAt, History = c.History.OrderBy(h => h.At).ThenBy(h => h.Id).ToList() })
            .FirstOrDefaultAsync(ct);
        var expected = Encoding.ASCII.GetBytes(complaint?.AccessKeyHash ?? new string('0', 64));
        var given = Encoding.ASCII.GetBytes(SubmitComplaintHandler.HashAccessKey((key ?? "").Trim()));
        if (!CryptographicOperations.FixedTimeEquals(expected, given) || complaint is null) return null;
        return new PublicComplaintStatus(complaint.TrackingCode, complaint.Category, Text.Category(complaint.Category),
            complaint.Status, Text.Status(complaint.Status), complaint.SubmittedAt,
            complaint.History.Select(h => new PublicHistoryEntry(h.Status, Text.Status(h.Status), h.At, h.PublicNote)).ToList());
    }
}
