using System.Globalization;
using System.Security.Claims;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Reference;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Queue;

/// <summary>Queue filters. Dates are local calendar days; <c>q</c> is the complaint list's free text, <c>sort</c> deadline|newest|oldest.</summary>
public sealed record TaskQueueFilter(string? Queue, string? Category, string? Ward, string? Process, bool? Overdue, string? DueBefore, int? Page, int? PageSize,
    string? Q = null, string? Sort = null);

public sealed record TaskQueueItem(
    long TaskId, int Revision, string CaseCode, string Process, string StepId, string StepTitle, string Category, string CategoryLabel,
    string WardCode, string? WardName, string? Team, string? Role, string? AssignedUser, DateTime CreatedAt, DateTime? DueAt,
    bool DueSoon, bool Overdue, bool Escalated);

public sealed record QueueCounts(int Mine, int Team, int Agency, int Overdue);

public sealed record TaskQueuePage(IReadOnlyList<TaskQueueItem> Items, int Page, int PageSize, int Total, QueueCounts Counts);

internal static class ListTasksEndpoint
{
    public static readonly string[] Queues = ["mine", "team", "agency"];
    public static readonly string[] Sorts = ["deadline", "newest", "oldest"];

    public static RouteGroupBuilder MapListTasks(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListTasks")
            .WithSummary("Open tasks of the caller's agency: queue=mine|team|agency, nearest deadline first, with counts per queue.")
            .Produces<TaskQueuePage>().ProducesValidationProblem();
        return group;
    }

    internal static async Task<Results<Ok<TaskQueuePage>, ValidationProblem>> ListAsync(
        [AsParameters] TaskQueueFilter filter, ClaimsPrincipal user, EnforcementDbContext db, DefinitionCatalog catalog, AdministrativeUnitsCache units, TimeProvider clock, CancellationToken ct)
    {
        var (page, errors) = await QueryAsync(filter, user, db, catalog, units, clock, ct);
        return errors.IsEmpty ? TypedResults.Ok(page!) : Problems.Validation(errors.ToDictionary());
    }

    public static async Task<(TaskQueuePage? Page, FieldErrors Errors)> QueryAsync(
        TaskQueueFilter f, ClaimsPrincipal user, EnforcementDbContext db, DefinitionCatalog catalog, AdministrativeUnitsCache units, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var queue = f.Queue is { Length: > 0 } q ? q : "agency";
        if (!Queues.Contains(queue)) errors.Add("queue", Text.Get("workflow.error.option"));
        if (f.Process is { Length: > 0 } && catalog.All.All(d => d.Id != f.Process)) errors.Add("process", Text.Get("workflow.error.option"));
        DateTime? dueBefore = null;
        if (f.DueBefore is { Length: > 0 })
        {
            // A calendar day the product can reason about; 9999-12-31 would overflow the next day.
            if (DateOnly.TryParseExact(f.DueBefore, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100)
                dueBefore = VietnamTime.StartOfDayUtc(d.AddDays(1));
            else errors.Add("dueBefore", Text.Get("error.date"));
        }
        var sort = f.Sort is { Length: > 0 } s ? s : "deadline";
        if (!Sorts.Contains(sort)) errors.Add("sort", Text.Get("finding.error.sort"));
        if (f.Q is { Length: > Complaints.Finding.ComplaintTextQuery.MaxLength }) errors.Add("q", Text.Format("finding.error.q", Complaints.Finding.ComplaintTextQuery.MaxLength));
        var pageSize = f.PageSize ?? 50;
        var pageNo = f.Page ?? 1;
        if (pageSize is < 1 or > 200) errors.Add("pageSize", Text.Format("error.range", 1, 200));
        if (pageNo < 1) errors.Add("page", Text.Format("error.range", 1, int.MaxValue));
        if (!errors.IsEmpty) return (null, errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var me = user.UserName();

        var team = user.TeamCodeOf();
        var teamMembers = team is null ? [] : await db.StaffUsers.Where(u => u.Team!.Code == team).Select(u => u.UserName).ToListAsync(ct);
        var open = db.Set<WorkflowTask>().AsNoTracking().VisibleTo(user).Where(t => t.Status == TaskStatuses.Open);
        // Team leads and supervisors oversee every task of the agency; others see the tasks of their role or assigned to them.
        var role = user.Role();
        if (role is not (Roles.TeamLead or Roles.Supervisor)) open = open.Where(t => t.Role == role || t.AssignedUser == me);
        var complaints = db.Complaints.AsQueryable();
        if (f.Q is { Length: > 0 } text && Complaints.Finding.ComplaintTextQuery.Terms(text) is { Count: > 0 } terms)
            complaints = Complaints.Finding.ComplaintTextQuery.Matching(complaints, db, terms);
        var rows =
            from t in open
            join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
            join c in complaints on i.CorrelationId equals c.TrackingCode
            select new { t, i.DefinitionId, i.DefinitionVersion, i.CorrelationId, c.Category, c.WardCode };
        // One query for the four counts.
        var counts = await rows.GroupBy(_ => 1).Select(g => new QueueCounts(
            g.Count(r => r.t.AssignedUser == me),
            g.Count(r => team != null && (r.t.Team == team || teamMembers.Contains(r.t.AssignedUser!))),
            g.Count(),
            g.Count(r => r.t.DueAt < now))).FirstOrDefaultAsync(ct) ?? new QueueCounts(0, 0, 0, 0);

        if (queue == "mine") rows = rows.Where(r => r.t.AssignedUser == me);
        if (queue == "team") rows = rows.Where(r => r.t.Team == team || teamMembers.Contains(r.t.AssignedUser!));
        if (f.Category is { Length: > 0 }) rows = rows.Where(r => r.Category == f.Category);
        if (f.Ward is { Length: > 0 }) rows = rows.Where(r => r.WardCode == f.Ward);
        if (f.Process is { Length: > 0 }) rows = rows.Where(r => r.DefinitionId == f.Process);
        if (f.Overdue == true) rows = rows.Where(r => r.t.DueAt < now);
        if (dueBefore is { } before) rows = rows.Where(r => r.t.DueAt < before);

        var total = await rows.CountAsync(ct);
        var ordered = sort switch
        {
            "newest" => rows.OrderByDescending(r => r.t.CreatedAt).ThenByDescending(r => r.t.Id),
            "oldest" => rows.OrderBy(r => r.t.CreatedAt).ThenBy(r => r.t.Id),
            _ => rows.OrderBy(r => r.t.DueAt == null).ThenBy(r => r.t.DueAt).ThenBy(r => r.t.Id),
        };
        var items = await ordered
            .Skip((pageNo - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var wards = (await units.GetAsync(ct)).Wards;
        var soon = now.AddDays(2);
        var list = items.Select(r => new TaskQueueItem(
            r.t.Id, r.t.Revision, r.CorrelationId, r.DefinitionId, r.t.StepId,
            catalog.TryGet(r.DefinitionId, r.DefinitionVersion, out var d) ? WorkflowText.Step(d, r.t.StepId) : r.t.StepId,
            r.Category, Text.Category(r.Category), r.WardCode, wards.TryGetValue(r.WardCode, out var w) ? w.Name : null,
            r.t.Team, r.t.Role, r.t.AssignedUser, r.t.CreatedAt, r.t.DueAt,
            r.t.DueAt is { } due && due >= now && due < soon, r.t.DueAt < now, r.t.Escalated)).ToList();
        return (new TaskQueuePage(list, pageNo, pageSize, total, counts), errors);
    }
}
