using System.Text.Json.Nodes;
using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases.Approvals;

/// <summary>
/// A penalty decision approved (phê duyệt): the decision is what the reviewed step (the task's notBy, the proposal) last entered,
/// checked again, and the approver's competence must cover the maximum of the violation's fine band.
/// </summary>
internal sealed class PenaltyApproval(EnforcementDbContext db, ViolationCatalog violations, PenaltyCompetence competence)
{
    /// <summary>The proposal's values from its journal line; empty when the step reviews nothing.</summary>
    public async Task<JsonObject> ProposalAsync(WorkflowContext context, StepDefinition step, CancellationToken ct) =>
        await WorkflowRuntime.ReviewedAsync(db, step, context.Instance.Id, ct) is { Data: { } data } ? JsonNode.Parse(data)!.AsObject() : [];

    public async Task<IReadOnlyDictionary<string, string[]>> CheckAsync(WorkflowContext context, StepDefinition step, Complaint complaint,
        ViolationRecord? record, CancellationToken ct)
    {
        var proposal = await ProposalAsync(context, step, ct);
        var violation = record is null ? null : violations.Find(record.ViolationCode);
        var errors = RecordChecks.PenaltyDecision(proposal, complaint, record, violation, violations.OrganisationMultiplier, context.Now);
        if (errors.Count > 0) return errors;
        var organisation = record?.OffenderType == OffenderTypes.Organisation;
        // Art. 52: competence is judged against the band's maximum; without a known band, against the fine itself.
        var amount = violation is not null && record is not null
            ? violation.FineRange(record.OffenderType, violations.OrganisationMultiplier).Max
            : proposal.Long("fineVnd") ?? 0;
        if (Refusal(context.Actor.Role, amount, organisation) is { } code) errors["fineVnd"] = [code];
        return errors;
    }

    /// <summary>
    /// competence|title|limit|amount|who (or competence_organisation…, or no_competence|amount|who) when the role's competence is
    /// below the amount; null when it covers it. "who" is the least competent role, or whoever is competent above every role.
    /// </summary>
    public string? Refusal(string role, long amount, bool organisation)
    {
        var mine = competence.Of(role);
        if (mine is not null && competence.Limit(mine, organisation) >= amount) return null;
        var least = competence.LeastCompetent(amount, organisation);
        var who = least is null ? $"{Title(competence.Beyond.Title)} ({competence.Beyond.Basis})" : $"{Title(least.Title)} ({least.Basis})";
        if (mine is null) return $"no_competence|{amount}|{who}";
        return $"{(organisation ? "competence_organisation" : "competence")}|{Title(mine.Title)}|{competence.Limit(mine, organisation)}|{amount}|{who}";
    }

    private static string Title(Dictionary<string, string> title) => WorkflowText.Label(title, title["vi"]);

    /// <summary>The decision row, from the proposal; the approver issues it.</summary>
    public PenaltyDecision Decision(JsonObject proposal, Complaint complaint, ViolationRecord record, WorkflowContext context)
    {
        var decisionDate = proposal.Date("decisionDate") ?? DateOnly.FromDateTime(context.Now);
        return new PenaltyDecision
        {
            ViolationRecordId = record.Id, ComplaintId = complaint.Id, TrackingCode = complaint.TrackingCode, InstanceId = context.Instance.Id,
            DecisionNumber = proposal.Text("decisionNumber") ?? "", DecisionDate = decisionDate, ReceivedDate = proposal.Date("decisionReceivedDate") ?? decisionDate,
            FineVnd = proposal.Long("fineVnd") ?? 0, Confiscation = proposal.Bool("confiscation"), Destruction = proposal.Bool("destruction"),
            ListingRemoval = proposal.Bool("listingRemoval"), RemedialMeasures = proposal.Text("remedialMeasures"), IssuedBy = context.Actor.User, IssuedAt = context.Now,
        };
    }
}
