using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Localization;
using Enforcement.Api.Notifications;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases;

/// <summary>What the product does when a process moves: the complainant's public status, agency access at handoffs, and emails.</summary>
internal sealed class CaseHooks(EnforcementDbContext db) : IWorkflowHooks
{
    /// <summary>Steps whose entry changes the status the complainant sees.</summary>
    private static readonly Dictionary<(string Process, string Step), string> StatusOnEntry = new()
    {
        [("qltt-enforcement", "verification")] = ComplaintStatuses.InProgress,
        [("consumer-dispute", "notify-business")] = ComplaintStatuses.InProgress,
        [("referral", "hand-over")] = ComplaintStatuses.Referred,
    };

    /// <summary>End results and the status they leave; chained results (to another process) leave it to the next one.</summary>
    private static readonly Dictionary<string, string> StatusOnResult = new()
    {
        ["rejected"] = ComplaintStatuses.Rejected,
        ["unfounded"] = ComplaintStatuses.Resolved,
        ["no_violation"] = ComplaintStatuses.Resolved,
        ["closed"] = ComplaintStatuses.Resolved,
        ["criminal"] = ComplaintStatuses.Resolved,
        ["resolved"] = ComplaintStatuses.Resolved,
        ["mediation_failed"] = ComplaintStatuses.Resolved,
        ["referred"] = ComplaintStatuses.Referred,
    };

    public async Task OnStepEnteredAsync(WorkflowContext context, StepDefinition step, CancellationToken ct)
    {
        var status = step.Type == StepTypes.End
            ? StatusOnResult.GetValueOrDefault(step.Result ?? step.Id)
            : StatusOnEntry.GetValueOrDefault((context.Definition.Id, step.Id));
        if (status is null || await ComplaintAsync(context, ct) is not { } complaint || complaint.Status == status) return;
        complaint.Status = status;
        complaint.StatusChangedAt = context.Now;
        db.ComplaintStatusChanges.Add(new ComplaintStatusChange { ComplaintId = complaint.Id, Status = status, At = context.Now, PublicNote = PublicNote(context, step) });
    }

    /// <summary>The receiving agency sees the complaint from this moment on.</summary>
    public async Task OnHandoffAsync(WorkflowContext context, string agency, CancellationToken ct)
    {
        var complaint = await ComplaintAsync(context, ct) ?? throw new InvalidOperationException($"No complaint {context.Instance.CorrelationId}.");
        var agencyId = await db.Agencies.Where(a => a.Code == agency).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Workflow {context.Definition.Key} hands over to unknown agency '{agency}'.");
        if (await db.ComplaintAgencyGrants.AnyAsync(g => g.ComplaintId == complaint.Id && g.AgencyId == agencyId, ct)) return;
        db.ComplaintAgencyGrants.Add(new ComplaintAgencyGrant { ComplaintId = complaint.Id, AgencyId = agencyId, GrantedAt = context.Now, Reason = $"{context.Definition.Id}:{context.Instance.CurrentStepId}" });
    }

    public async Task OnNotifyAsync(WorkflowContext context, string template, string? recipient, CancellationToken ct)
    {
        if (template == "deadline_escalation" && recipient is not null)
        {
            await EscalateAsync(context, recipient, ct);
            return;
        }
        if (recipient != "complainant" || await ComplaintAsync(context, ct) is not { Complainant.Email: { } email } complaint) return;
        var vars = WorkflowRuntime.Variables(context.Instance);
        var reason = vars["rejectionReason"]?.ToString() ?? vars["closingReason"]?.ToString() ?? "";
        db.OutboxMessages.Add(new OutboxMessage
        {
            Recipient = email,
            Subject = Text.Format("email.case.subject", complaint.TrackingCode),
            Body = Text.Format("email.case.body", complaint.Complainant.FullName ?? Text.Get("email.greeting.anonymous"), complaint.TrackingCode,
                Text.Get("email.template." + template), reason),
            CreatedAt = context.Now, NextAttemptAt = context.Now,
        });
    }

    /// <summary>An overdue task is brought to QLTT's staff of the escalation role (QLTT chases its partners too).</summary>
    private async Task EscalateAsync(WorkflowContext context, string role, CancellationToken ct)
    {
        var step = WorkflowText.Step(context.Definition, context.Instance.CurrentStepId ?? "");
        var emails = await db.StaffUsers.Where(u => u.IsActive && u.Role == role && u.Email != null && u.Agency!.Code == "QLTT").Select(u => u.Email!).ToListAsync(ct);
        foreach (var email in emails)
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Recipient = email,
                Subject = Text.Format("email.escalation.subject", context.Instance.CorrelationId),
                Body = Text.Format("email.escalation.body", context.Instance.CorrelationId, step, $"/staff/complaints/{context.Instance.CorrelationId}"),
                CreatedAt = context.Now, NextAttemptAt = context.Now,
            });
        }
    }

    private static string? PublicNote(WorkflowContext context, StepDefinition step)
    {
        var vars = WorkflowRuntime.Variables(context.Instance);
        return (step.Result ?? step.Id) switch
        {
            "rejected" => vars["rejectionReason"]?.ToString(),
            "mediation_failed" => Text.Get("note.courtOrArbitration"),
            "referred" => Text.Get("note.referred"),
            _ => null,
        };
    }

    private Task<Complaint?> ComplaintAsync(WorkflowContext context, CancellationToken ct) =>
        db.Complaints.FirstOrDefaultAsync(c => c.TrackingCode == context.Instance.CorrelationId, ct);
}
