using Enforcement.Api.Complaints;
using Enforcement.Api.Data;

namespace Enforcement.Api.Evidence.Capture;

/// <summary>The listing URLs a complainant gave are queued for capture in the complaint's own transaction: none is lost, none waits for staff.</summary>
internal sealed class ListingCaptures(EnforcementDbContext db, CaptureSignal signal)
{
    /// <summary>Who asked, in the custody log, when nobody did.</summary>
    public const string SystemActor = "system";

    public void Stage(Complaint complaint, DateTime now)
    {
        foreach (var url in complaint.ListingUrls.OrderBy(u => u.Position).Select(u => u.Url).Distinct())
        {
            db.Add(new EvidenceCapture
            {
                Complaint = complaint, RequestedUrl = url, Status = CaptureStatuses.Queued, RequestedBy = SystemActor, RequestedAt = now, NextAttemptAt = now,
            });
        }
    }

    public void Committed(Complaint complaint)
    {
        if (complaint.ListingUrls.Count > 0) signal.Notify();
    }
}
