using System.Security.Claims;
using AutoMapper;
using Enforcement.Api.Cases.Deadlines;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Calendar;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Detail;

internal static class GetCaseEndpoint
{
    public static RouteGroupBuilder MapGetCase(this RouteGroupBuilder group)
    {
        group.MapGet("/{code}", GetAsync).WithName("GetCase")
            .WithSummary("The complaint, its processes, open tasks with outcomes (a reopened one with its returnReason), deadlines and the timeline in words; for another agency's liaison, the dossier handed to it. 404 when the case is not visible to the caller.")
            .Produces<CaseDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> GetAsync(string code, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, DefinitionCatalog catalog, FieldOptions options, WorkingCalendar calendar, TimeProvider clock, CancellationToken ct) =>
        await FindAsync(code, user, db, mapper, catalog, options, calendar, clock, ct) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound("error.notFound");

    /// <summary>Shared with the case page. A liaison sees only what happened from the moment the case reached its agency.</summary>
    public static async Task<CaseDetail?> FindAsync(string code, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, DefinitionCatalog catalog,
        FieldOptions options, WorkingCalendar calendar, TimeProvider clock, CancellationToken ct)
    {
        if (await GetComplaintEndpoint.FindAsync(code, user, db, mapper, ct) is not { } complaint) return null;
        var instances = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.CorrelationId == complaint.TrackingCode).OrderBy(i => i.Id).ToListAsync(ct);
        var ids = instances.Select(i => i.Id).ToList();
        var isLiaison = user.Role() == Roles.AgencyLiaison;
        var agency = user.AgencyCodeOf();
        var tasks = await db.Set<WorkflowTask>().AsNoTracking().Where(t => ids.Contains(t.InstanceId) && t.Status == TaskStatuses.Open).OrderBy(t => t.DueAt).ToListAsync(ct);
        if (isLiaison) tasks = tasks.Where(t => t.Agency == agency).ToList();
        var journal = await JournalArchiver.ReadAsync(db, ids, ct);
        var fullJournal = journal;
        if (isLiaison)
        {
            // From the handoff to this agency on (the journal's order, not the clock, decides what came first); nothing without one.
            var handoff = journal.FirstOrDefault(j => j.Kind == JournalKinds.Handoff && j.Outcome == agency);
            journal = handoff is null ? [] : journal.Where(j => j.Id >= handoff.Id).ToList();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var actor = user.ToActor();
        var defs = instances.ToDictionary(i => i.Id, i => catalog.Get(i.DefinitionId, i.DefinitionVersion));
        var processes = instances.Where(i => !isLiaison || journal.Any(j => j.InstanceId == i.Id)).Select(i => new ProcessView(i.Id, i.DefinitionId, i.DefinitionVersion,
            WorkflowText.Label(defs[i.Id].Title, i.DefinitionId), i.Status, i.CurrentStepId, i.CurrentStepId is { } s ? WorkflowText.Step(defs[i.Id], s) : null,
            i.Result, i.StartedAt, i.CompletedAt,
            journal.Where(j => j.InstanceId == i.Id && j.Kind == JournalKinds.Entered).Select(j => j.StepId!).ToList())).ToList();
        var dossiers = await Dossiers.DossierQueries.OfCaseAsync(db, complaint.TrackingCode, ct);
        var returns = await Dossiers.DossierQueries.ReturnsAsync(db, complaint.TrackingCode, fullJournal, tasks, defs, ct);
        var people = await CasePeople.LoadAsync(db, journal.SelectMany(j => new[] { j.Actor, j.Kind == JournalKinds.Assigned ? j.Outcome : null })
            .Concat(dossiers.Select(d => d.SentBy)).Concat(returns.Values.Select(r => r.AnsweredBy)), ct);
        var canComplete = new Dictionary<long, bool>();
        foreach (var t in tasks) canComplete[t.Id] = await WorkflowRuntime.CanCompleteAsync(db, defs[t.InstanceId].Step(t.StepId)!, t, actor, ct);
        var taskViews = tasks.Select(t =>
        {
            var step = defs[t.InstanceId].Step(t.StepId)!;
            var ext = step.Deadline?.Extension;
            var dueText = t.DueAt is { } due && step.Deadline is { } dl
                ? DeadlineText.Describe(due, now, DeadlineText.CalendarOf(dl, WorkflowRuntime.VariablesOf(instances.First(i => i.Id == t.InstanceId))), calendar) : null;
            return new TaskView(t.Id, t.Revision, t.InstanceId, t.StepId, WorkflowText.Step(defs[t.InstanceId], t.StepId), t.Agency, t.Team, t.Role, t.AssignedUser,
                t.CreatedAt, t.DueAt, t.DueAt < now, t.Escalated, t.Extensions, canComplete[t.Id],
                ext is not null && t.Extensions < ext.MaxTimes && user.Role() == ext.ApproverRole, ext?.MaxDays,
                Fields(step.Form, options), step.Outcomes.Select(o => new OutcomeView(o.Name, WorkflowText.Label(o.Label, o.Name), Fields(o.Form, options),
                    o.Confirm is { } confirm ? WorkflowText.Label(confirm, o.Name) : null)).ToList(),
                TaskReview.For(t, defs[t.InstanceId], journal, options),
                t.DueAt is { } d ? DeadlineText.DueDay(d) : null, dueText, step.Deadline?.Basis is { } basis ? WorkflowText.Label(basis, "") : null)
            {
                ReturnReason = returns.GetValueOrDefault(t.Id)?.Outcome,
                ReturnedBy = returns.GetValueOrDefault(t.Id) is { } r ? people.Describe(r.AnsweredBy) : null,
                ReturnedAt = returns.GetValueOrDefault(t.Id)?.AnsweredAt,
            };
        }).ToList();
        var signals = instances.Where(i => i.Status == InstanceStatuses.Running && tasks.Any(t => t.InstanceId == i.Id && WorkflowRuntime.CanWork(t, actor)))
            .SelectMany(i => defs[i.Id].Signals.Where(s => s.Roles.Count == 0 || s.Roles.Contains(actor.Role))
                .Select(s => new SignalView(i.Id, s.Name, WorkflowText.Label(s.Label, s.Name), Fields(s.Form, options)))).ToList();
        var words = new CaseTimeline(defs, options, people, isLiaison ? dossiers.Where(d => d.AgencyCode == agency).ToList() : dossiers);
        var timeline = journal.Where(j => j.Kind != JournalKinds.Entered).Select(words.Entry).ToList();
        var incidents = isLiaison ? [] : await Admin.Incidents.IncidentQueries.TimersAsync(db, catalog, user, complaint.TrackingCode, ct);
        return new CaseDetail(complaint.TrackingCode, complaint, processes, taskViews, signals, timeline, incidents)
        {
            Dossier = isLiaison ? await Dossiers.DossierQueries.ForReceiverAsync(db, complaint, dossiers, agency, people, catalog, ct) : null,
        };
    }

    public static List<FieldView> Fields(IEnumerable<FieldDefinition> fields, FieldOptions options) =>
        fields.Select(f =>
        {
            var choices = f.Type == "choice" ? options.For(f).Select(o => new ChoiceView(o.Value, WorkflowText.Label(new(o.Label), o.Value))).ToList() : [];
            return new FieldView(f.Name, f.Type, WorkflowText.Label(f.Label, f.Name), f.Required, choices.Select(c => c.Value).ToList(), f.Min, f.Max, choices, f.Multiline);
        }).ToList();
}
