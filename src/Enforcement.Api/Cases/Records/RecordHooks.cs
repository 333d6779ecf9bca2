using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Records;

/// <summary>
/// Writes the rows reports count when a process declares a record (<see cref="RecordKinds"/>) or hands a case over.
/// Rows are staged on the shared DbContext and saved with the workflow action, so a case never moves without them.
/// Reads see rows staged earlier in the same action (Local) as well as saved ones.
/// </summary>
internal sealed class RecordHooks(EnforcementDbContext db, ViolationCatalog violations, Approvals.PenaltyApproval approval)
{
    public async Task<IReadOnlyDictionary<string, string[]>> CheckAsync(WorkflowContext context, StepDefinition step, string record, JsonObject values, CancellationToken ct)
    {
        var complaint = await ComplaintAsync(context, ct);
        return record switch
        {
            RecordKinds.ViolationRecord => RecordChecks.ViolationRecord(values, complaint, context.Now),
            RecordKinds.PenaltyApproved => await approval.CheckAsync(context, step, complaint, await LatestRecordAsync(complaint.Id, ct), ct),
            RecordKinds.PenaltyDecision or RecordKinds.PenaltyProposal when await LatestRecordAsync(complaint.Id, ct) is var vr =>
                RecordChecks.PenaltyDecision(values, complaint, vr, vr is null ? null : violations.Find(vr.ViolationCode), violations.OrganisationMultiplier, context.Now),
            RecordKinds.FineCollected => RecordChecks.FineCollected(values, complaint, await LatestDecisionAsync(complaint.Id, ct), context.Now),
            _ => new Dictionary<string, string[]>(),
        };
    }

    public async Task OnRecordAsync(WorkflowContext context, StepDefinition step, string record, JsonObject values, CancellationToken ct)
    {
        var complaint = await ComplaintAsync(context, ct);
        var (now, user, instanceId) = (context.Now, context.Actor.User, context.Instance.Id);
        switch (record)
        {
            case RecordKinds.CaseOpened:
                if (await OpenCaseAsync(complaint.Id, ct) is null)
                    db.EnforcementCases.Add(new EnforcementCase { ComplaintId = complaint.Id, TrackingCode = complaint.TrackingCode, OpenedAt = now, ProvinceCode = complaint.ProvinceCode, WardCode = complaint.WardCode });
                break;
            case RecordKinds.CaseClosed:
                var open = await OpenCaseAsync(complaint.Id, ct);
                if (open is null) // a case opened before cases were recorded: opened when its process started
                {
                    open = new EnforcementCase { ComplaintId = complaint.Id, TrackingCode = complaint.TrackingCode, OpenedAt = context.Instance.StartedAt, ProvinceCode = complaint.ProvinceCode, WardCode = complaint.WardCode };
                    db.EnforcementCases.Add(open);
                }
                open.ClosedAt = now;
                open.Result = step.Result ?? step.Id;
                break;
            case RecordKinds.ViolationRecord:
                db.ViolationRecords.Add(new ViolationRecord
                {
                    ComplaintId = complaint.Id, TrackingCode = complaint.TrackingCode, InstanceId = instanceId,
                    RecordNumber = values.Text("recordNumber") ?? "", RecordDate = values.Date("recordDate") ?? DateOnly.FromDateTime(now),
                    GoodsCategory = values.Text("goodsCategory") ?? GoodsCategories.Other, ViolationCode = values.Text("violationCode") ?? "",
                    OffenderType = values.Text("offenderType") ?? OffenderTypes.Individual, Online = values.Bool("online"), Platform = values.Text("platform"),
                    GoodsDescription = values.Text("goodsDescription") ?? "", GoodsValueVnd = values.Long("goodsValueVnd") ?? 0,
                    QuantitySeized = values.Long("quantitySeized"), QuantityUnit = values.Text("quantityUnit"),
                    ProvinceCode = complaint.ProvinceCode, WardCode = complaint.WardCode, TeamCode = context.Actor.Team, RecordedBy = user, RecordedAt = now,
                });
                break;
            case RecordKinds.PenaltyDecision when await LatestRecordAsync(complaint.Id, ct) is { } violation:
                db.PenaltyDecisions.Add(approval.Decision(values, complaint, violation, context));
                break;
            case RecordKinds.PenaltyApproved when await LatestRecordAsync(complaint.Id, ct) is { } violation:
                // Only now is there a decision: reports count approved decisions, never proposals.
                db.PenaltyDecisions.Add(approval.Decision(await approval.ProposalAsync(context, step, ct), complaint, violation, context));
                break;
            case RecordKinds.FineCollected when await LatestDecisionAsync(complaint.Id, ct) is { } decision:
                db.FineCollections.Add(new FineCollection
                {
                    PenaltyDecisionId = decision.Id, ComplaintId = complaint.Id, TrackingCode = complaint.TrackingCode, AmountVnd = values.Long("amountVnd") ?? 0,
                    CollectedDate = values.Date("collectedDate") ?? DateOnly.FromDateTime(now), ReceiptNumber = values.Text("receiptNumber"), RecordedBy = user, RecordedAt = now,
                });
                break;
            case RecordKinds.HandoffAccepted or RecordKinds.HandoffReturned or RecordKinds.MediationSucceeded or RecordKinds.MediationFailed:
                await AnswerHandoffAsync(complaint.Id, record, values, context, ct);
                break;
        }
    }

    /// <summary>Every handoff is a row, whatever its grant: reports count handoffs to the police, the association and other agencies.</summary>
    public void StageHandoff(WorkflowContext context, Complaint complaint, string agency, string agencyKind) =>
        db.Handoffs.Add(new Handoff
        {
            ComplaintId = complaint.Id, TrackingCode = complaint.TrackingCode, Instance = context.Instance, InstanceId = context.Instance.Id,
            AgencyCode = agency, AgencyKind = agencyKind, HandedAt = context.Now, HandedBy = context.Actor.User,
        });

    private async Task AnswerHandoffAsync(long complaintId, string record, JsonObject values, WorkflowContext context, CancellationToken ct)
    {
        var pending = await LatestAsync(db.Handoffs, h => h.ComplaintId == complaintId && h.Status == HandoffStatuses.Pending, ct);
        if (pending is null) return;
        pending.Status = record switch
        {
            RecordKinds.HandoffAccepted => HandoffStatuses.Accepted,
            RecordKinds.HandoffReturned => HandoffStatuses.Returned,
            RecordKinds.MediationSucceeded => HandoffStatuses.Succeeded,
            _ => HandoffStatuses.Failed,
        };
        pending.AnsweredAt = context.Now;
        pending.AnsweredBy = context.Actor.User;
        // The receiver's words as the outcome's form holds them (a reference, a reason), in the form's order.
        var words = values.Where(kv => kv.Value is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)).Select(kv => kv.Value!.GetValue<string>()).ToList();
        pending.Outcome = words.Count > 0 ? string.Join(" – ", words) : null;
    }

    private Task<EnforcementCase?> OpenCaseAsync(long complaintId, CancellationToken ct) =>
        LatestAsync(db.EnforcementCases, c => c.ComplaintId == complaintId && c.ClosedAt == null, ct);

    private Task<ViolationRecord?> LatestRecordAsync(long complaintId, CancellationToken ct) =>
        LatestAsync(db.ViolationRecords, r => r.ComplaintId == complaintId, ct);

    private Task<PenaltyDecision?> LatestDecisionAsync(long complaintId, CancellationToken ct) =>
        LatestAsync(db.PenaltyDecisions, d => d.ComplaintId == complaintId, ct);

    /// <summary>
    /// The newest matching row: one staged in this action (not saved, so not in the database yet) wins over saved ones,
    /// which are ordered by their key.
    /// </summary>
    private static async Task<T?> LatestAsync<T>(DbSet<T> set, Expression<Func<T, bool>> match, CancellationToken ct) where T : class =>
        set.Local.Where(match.Compile()).LastOrDefault()
        ?? await set.Where(match).OrderByDescending(e => EF.Property<long>(e, "Id")).FirstOrDefaultAsync(ct);

    private async Task<Complaint> ComplaintAsync(WorkflowContext context, CancellationToken ct) =>
        await CaseHooks.ComplaintAsync(db, context, ct) ?? throw new InvalidOperationException($"No complaint {context.Instance.CorrelationId}.");
}
