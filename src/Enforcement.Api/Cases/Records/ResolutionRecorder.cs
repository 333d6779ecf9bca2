using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Records;

/// <summary>How a complaint was settled for its filer, written when a step gives it the public status resolved or rejected (the latest wins).</summary>
internal static class ResolutionRecorder
{
    public static async Task StageAsync(EnforcementDbContext db, WorkflowContext context, StepDefinition step, Complaint complaint, string status, CancellationToken ct)
    {
        if (status is not (ComplaintStatuses.Resolved or ComplaintStatuses.Rejected)) return;
        var now = context.Now;
        // Late: any task of the complaint's processes done after its deadline, expired, or still open past it (the task
        // completing now is not saved yet: it reads as open, so it counts as late exactly when it is).
        var late = await (from t in db.Set<WorkflowTask>()
                          join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
                          where i.CorrelationId == complaint.TrackingCode && t.DueAt != null
                             && ((t.CompletedAt != null && t.CompletedAt > t.DueAt) || t.Outcome == TaskOutcomes.Expired || (t.Status == TaskStatuses.Open && t.DueAt < now))
                          select t.Id).AnyAsync(ct);
        var row = db.ComplaintResolutions.Local.FirstOrDefault(r => r.ComplaintId == complaint.Id)
            ?? await db.ComplaintResolutions.FirstOrDefaultAsync(r => r.ComplaintId == complaint.Id, ct);
        if (row is null)
        {
            row = new ComplaintResolution { ComplaintId = complaint.Id, TrackingCode = complaint.TrackingCode, Status = status };
            db.ComplaintResolutions.Add(row);
        }
        row.Status = status;
        row.ResolvedAt = now;
        row.OnTime = !late;
        row.Days = (now - complaint.SubmittedAt).TotalDays;
        row.Reason = context.PublicNote(step, english: false);
    }
}
