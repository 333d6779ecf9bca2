using Enforcement.Api.Cases.Detail;
using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Dossiers;

/// <summary>Reads dossiers for their receivers, and the return reasons of files given back.</summary>
internal static class DossierQueries
{
    /// <summary>The contact fields a sharing dossier opens to the receiver (names of <see cref="ComplaintDetail"/>'s properties).</summary>
    public static readonly IReadOnlyList<string> ContactFields = ["complainantFullName", "complainantPhone", "complainantEmail", "complainantAddress"];

    public static Task<bool> ContactSharedAsync(EnforcementDbContext db, string trackingCode, string agency, CancellationToken ct) =>
        db.Dossiers.AnyAsync(d => d.AgencyCode == agency && d.ContactShared && db.Complaints.Any(c => c.Id == d.ComplaintId && c.TrackingCode == trackingCode), ct);

    /// <summary>Every dossier of a case, oldest first (the timeline shows each with its handoff).</summary>
    public static Task<List<Dossier>> OfCaseAsync(EnforcementDbContext db, string trackingCode, CancellationToken ct) =>
        db.Dossiers.AsNoTracking().Where(d => db.Complaints.Any(c => c.Id == d.ComplaintId && c.TrackingCode == trackingCode)).OrderBy(d => d.Id).ToListAsync(ct);

    /// <summary>The latest file handed to <paramref name="agency"/>, with the complaint's facts, as its liaison reads it.</summary>
    public static async Task<DossierView?> ForReceiverAsync(EnforcementDbContext db, ComplaintDetail complaint, IReadOnlyList<Dossier> dossiers, string agency,
        CasePeople people, DefinitionCatalog catalog, CancellationToken ct)
    {
        if (dossiers.LastOrDefault(d => d.AgencyCode == agency) is not { } dossier) return null;
        var evidence = await db.EvidenceCaptures.AsNoTracking().Where(e => db.Complaints.Any(c => c.Id == e.ComplaintId && c.TrackingCode == complaint.TrackingCode))
            .OrderBy(e => e.Id).Select(e => new DossierEvidence(e.Id, e.FinalUrl ?? e.RequestedUrl, e.Status, e.CompletedAt)).ToListAsync(ct);
        var sender = people.Find(dossier.SentBy);
        var from = new DossierSender(sender?.FullName ?? people.Describe(dossier.SentBy), sender?.Role,
            sender is null ? null : Text.Role(sender.Role), dossier.SentByAgency, dossier.SentByAgency is null ? null : people.Agency(dossier.SentByAgency));
        var step = catalog.All.Where(d => d.Id == dossier.ProcessId).Select(d => d.Step(dossier.StepId)).FirstOrDefault(s => s is not null);
        var shared = dossiers.Any(d => d.AgencyCode == agency && d.ContactShared) && !complaint.Anonymous;
        var facts = new DossierFacts(complaint.Category, Text.Category(complaint.Category), complaint.Description, complaint.BusinessName, complaint.BusinessAddress,
            complaint.BusinessWebsite, complaint.BusinessPlatform, complaint.BusinessShopUrl, complaint.ProductName, complaint.ProductBrand,
            complaint.ListingUrls, complaint.Attachments, evidence);
        return new DossierView(agency, people.Agency(agency), step is null ? dossier.StepId : WorkflowText.Label(step.Title, step.Id), dossier.Reason, from, dossier.SentAt,
            shared ? ContactFields : [], dossiers.LastOrDefault(d => d.AgencyCode == agency && d.ContactShared)?.SharePurpose, facts,
            shared ? new DossierContact(complaint.ComplainantFullName, complaint.ComplainantPhone, complaint.ComplainantEmail, complaint.ComplainantAddress) : null);
    }

    /// <summary>
    /// Files given back: an open task whose creation followed an outcome that declares <see cref="RecordKinds.HandoffReturned"/> (the police
    /// return, a referral returned) was reopened by it, and carries that answer's reason and who gave it. Keyed by task id.
    /// </summary>
    public static async Task<Dictionary<long, Handoff>> ReturnsAsync(EnforcementDbContext db, string trackingCode, IReadOnlyList<WorkflowJournalEntry> journal,
        IReadOnlyList<WorkflowTask> openTasks, IReadOnlyDictionary<long, WorkflowDefinition> defs, CancellationToken ct)
    {
        var reopened = new Dictionary<long, (WorkflowJournalEntry Cause, WorkflowJournalEntry Created)>();
        foreach (var task in openTasks)
        {
            var created = journal.LastOrDefault(j => j.Kind == JournalKinds.TaskCreated && j.InstanceId == task.InstanceId && j.StepId == task.StepId);
            var cause = created is null ? null : journal.LastOrDefault(j => j.Id < created.Id && j.Kind == JournalKinds.TaskCompleted);
            if (cause is not null && defs[cause.InstanceId].Step(cause.StepId!)?.Outcomes.FirstOrDefault(o => o.Name == cause.Outcome)?.Record == RecordKinds.HandoffReturned)
                reopened[task.Id] = (cause, created!);
        }
        if (reopened.Count == 0) return [];
        var returns = await db.Handoffs.AsNoTracking().Where(h => h.TrackingCode == trackingCode && h.Status == HandoffStatuses.Returned).ToListAsync(ct);
        // Answered by the same person in the same action, so no later than the reopened task.
        return reopened.Select(kv => (kv.Key, Handoff: returns.Where(h => h.AnsweredBy == kv.Value.Cause.Actor && h.AnsweredAt <= kv.Value.Created.At).MaxBy(h => h.Id)))
            .Where(x => x.Handoff is not null).ToDictionary(x => x.Key, x => x.Handoff!);
    }
}
