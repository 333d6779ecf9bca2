using System.Text.Json.Nodes;
using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Localization;
using Enforcement.Api.Notifications;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases;

/// <summary>
/// What the product does when a process moves. What to do is declared in workflows/*.json (a step's
/// publicStatus and publicNote, a handoff's grant, a notification's recipient, a record); nothing here names a step.
/// The records reports count are written by <see cref="RecordHooks"/>.
/// </summary>
internal sealed class CaseHooks(EnforcementDbContext db, RecordHooks records) : IWorkflowHooks
{
    /// <summary>The recipient a notify step names for the person who filed the complaint.</summary>
    public const string ComplainantRecipient = "complainant";

    public async Task OnStepEnteredAsync(WorkflowContext context, StepDefinition step, CancellationToken ct)
    {
        if (step.PublicStatus is not { } status || await ComplaintAsync(db, context, ct) is not { } complaint || complaint.Status == status) return;
        complaint.Status = status;
        complaint.StatusChangedAt = context.Now;
        // The complainant's record is kept in Vietnamese, whoever's screen moved the case.
        // Through the navigation, so a complaint staged in the same unit of work (not saved yet) works too.
        complaint.History.Add(new ComplaintStatusChange { ComplaintId = complaint.Id, Status = status, At = context.Now, PublicNote = context.PublicNote(step, english: false) });
        await ResolutionRecorder.StageAsync(db, context, step, complaint, status, ct);
    }

    public Task<IReadOnlyDictionary<string, string[]>> CheckRecordAsync(WorkflowContext context, StepDefinition step, string record, JsonObject values, CancellationToken ct) =>
        records.CheckAsync(context, step, record, values, ct);

    public Task OnRecordAsync(WorkflowContext context, StepDefinition step, string record, JsonObject values, CancellationToken ct) =>
        records.OnRecordAsync(context, step, record, values, ct);

    /// <summary>No date on a case's form may be before the day the complaint arrived (Vietnam time).</summary>
    public async Task<DateOnly?> FirstDayAsync(WorkflowContext context, CancellationToken ct) =>
        await ComplaintAsync(db, context, ct) is { } complaint ? DateOnly.FromDateTime(Infrastructure.VietnamTime.ToLocal(complaint.SubmittedAt)) : null;

    /// <summary>Every handoff is recorded with its dossier; with a "case" grant the receiving agency also sees the complaint from this moment on.</summary>
    public async Task OnHandoffAsync(WorkflowContext context, StepDefinition step, string agency, CancellationToken ct)
    {
        var complaint = await ComplaintAsync(db, context, ct) ?? throw new InvalidOperationException($"No complaint {context.Instance.CorrelationId}.");
        var receiver = await db.Agencies.Where(a => a.Code == agency).Select(a => new { a.Id, a.Kind }).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Workflow {context.Definition.Key} hands over to unknown agency '{agency}'.");
        records.StageHandoff(context, complaint, agency, receiver.Kind);
        Dossiers.DossierWriter.Stage(db, context, step, complaint.Id, agency);
        if (step.Grant != Grants.Case) return;
        var agencyId = receiver.Id;
        if (db.ComplaintAgencyGrants.Local.Any(g => g.ComplaintId == complaint.Id && g.AgencyId == agencyId)
            || await db.ComplaintAgencyGrants.AnyAsync(g => g.ComplaintId == complaint.Id && g.AgencyId == agencyId, ct)) return;
        complaint.AgencyGrants.Add(new ComplaintAgencyGrant { ComplaintId = complaint.Id, AgencyId = agencyId, GrantedAt = context.Now, Reason = $"{context.Definition.Id}:{step.Id}" });
        await Evidence.Custody.CustodyLog.StageHandoffAsync(db, complaint.Id, context.Actor.User, Text.Format("evidence.custody.handedOff", agency), context.Now, ct);
    }

    public async Task OnNotifyAsync(WorkflowContext context, StepDefinition step, string template, string? recipient, CancellationToken ct)
    {
        if (template == NotifyTemplates.DeadlineEscalation && recipient is not null)
        {
            await EscalateAsync(context, step, recipient, ct);
            return;
        }
        if (recipient != ComplainantRecipient || await ComplaintAsync(db, context, ct) is not { Complainant.Email: { } email } complaint) return;
        db.OutboxMessages.Add(new OutboxMessage
        {
            Recipient = email,
            Subject = Text.Format("email.case.subject", complaint.TrackingCode),
            // Nothing the filer typed (see the confirmation email); the note is staff's, declared in the process.
            Body = Text.Format("email.case.body", Text.Get("email.greeting.anonymous"), complaint.TrackingCode,
                Text.Get("email.template." + template), context.PublicNote(step, Text.IsEnglish) ?? ""),
            CreatedAt = context.Now, NextAttemptAt = context.Now,
        });
    }

    /// <summary>An overdue task is brought to QLTT's staff of the escalation role (QLTT chases its partners too).</summary>
    private async Task EscalateAsync(WorkflowContext context, StepDefinition step, string role, CancellationToken ct)
    {
        var title = WorkflowText.Label(step.Title, step.Id);
        var emails = await db.StaffUsers.Where(u => u.IsActive && u.Role == role && u.Email != null && u.Agency!.Code == "QLTT").Select(u => u.Email!).ToListAsync(ct);
        foreach (var email in emails)
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Recipient = email,
                Subject = Text.Format("email.escalation.subject", context.Instance.CorrelationId),
                Body = Text.Format("email.escalation.body", context.Instance.CorrelationId, title, $"/staff/complaints/{context.Instance.CorrelationId}"),
                CreatedAt = context.Now, NextAttemptAt = context.Now,
            });
        }
    }

    /// <summary>The case's complaint, also when it is staged in the same unit of work (not saved yet).</summary>
    internal static async Task<Complaint?> ComplaintAsync(EnforcementDbContext db, WorkflowContext context, CancellationToken ct) =>
        db.Complaints.Local.FirstOrDefault(c => c.TrackingCode == context.Instance.CorrelationId)
        ?? await db.Complaints.FirstOrDefaultAsync(c => c.TrackingCode == context.Instance.CorrelationId, ct);
}
