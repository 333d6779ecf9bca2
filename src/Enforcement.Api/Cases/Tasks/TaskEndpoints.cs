using System.Security.Claims;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Tasks;

/// <summary>An outcome for a task. Fields are the task form's values as text; revision makes a stale page fail with 409.</summary>
public sealed record CompleteTaskRequest(string? Outcome,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(FormValuesConverter))] Dictionary<string, string?>? Fields, string? Comment, int? Revision);

public sealed record AssignTaskRequest(string? UserName);

public sealed record BulkAssignRequest(List<long>? TaskIds, string? UserName);

public sealed record ExtendDeadlineRequest(int? Days, string? Reason);

internal static class TaskEndpoints
{
    private static readonly string[] Assigners = [Roles.TeamLead, Roles.Supervisor];

    public static RouteGroupBuilder MapTaskActions(this RouteGroupBuilder group)
    {
        group.MapPost("/{taskId:long}/complete", CompleteWithFiles.EndpointAsync).WithName("CompleteTask")
            .WithSummary("Complete a task with one of its outcomes. 400 unknown outcome or missing field; 403 not yours; 409 closed or stale, with the allowed outcomes.")
            .WithDescription("JSON, or multipart/form-data with the same names (outcome, revision, comment, fields.{name}) plus the outcome's files in \"files\" (up to 10 of 10 MB: JPEG, PNG, WebP, HEIC or PDF, typed by their bytes). A refused file leaves the task open; a refused outcome stores no file.")
            .Accepts<CompleteTaskRequest>("application/json", "multipart/form-data")
            .Produces<ActionResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(Complaints.Submit.SubmitComplaintEndpoint.MaxRequestBytes))
            .DisableAntiforgery(); // bearer tokens only: no cookie carries a cross-site form here
        group.MapPost("/{taskId:long}/claim", ClaimAsync).WithName("ClaimTask").WithSummary("Take an open, unassigned task of your agency and role. 409 when a colleague holds it.");
        group.MapPost("/{taskId:long}/assign", AssignAsync).WithName("AssignTask").WithSummary("Assign or reassign a task (team lead, supervisor).");
        group.MapPost("/bulk-assign", BulkAssignAsync).WithName("BulkAssignTasks").WithSummary("Assign several tasks to one person (team lead, supervisor).");
        group.MapPost("/{taskId:long}/extend", ExtendAsync).WithName("ExtendDeadline").WithSummary("Extend a deadline within the step's policy (e.g. a penalty decision: once, ≤ 30 days, supervisor).");
        return group;
    }

    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> CompleteAsync(
        long taskId, CompleteTaskRequest? request, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (!await VisibleAsync(taskId, user, db, ct)) return Problems.NotFound("workflow.error.taskNotFound");
        if (string.IsNullOrWhiteSpace(request?.Outcome)) return Problems.Validation(new Dictionary<string, string[]> { ["outcome"] = [Text.Get("workflow.error.unknown_outcome")] });
        return CaseResults.From(await runtime.CompleteTaskAsync(taskId, request.Outcome, request.Fields ?? [], request.Comment, user.ToActor(), request.Revision, ct));
    }

    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> ClaimAsync(
        long taskId, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (!await VisibleAsync(taskId, user, db, ct)) return Problems.NotFound("workflow.error.taskNotFound");
        // Claiming takes free work; taking a colleague's is an assignment, for a team lead.
        var holder = await db.Set<WorkflowTask>().Where(t => t.Id == taskId).Select(t => t.AssignedUser).FirstAsync(ct);
        if (holder is not null && holder != user.UserName()) return CaseResults.From(new WorkflowResult.Conflict("taken", []));
        return CaseResults.From(await runtime.AssignAsync(taskId, user.ToActor(), user.ToActor(), ct));
    }

    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        long taskId, AssignTaskRequest? request, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (!await VisibleAsync(taskId, user, db, ct)) return Problems.NotFound("workflow.error.taskNotFound");
        if (!Assigners.Contains(user.Role())) return TypedResults.Problem(WorkflowText.Reason("assigner_role"), statusCode: 403, title: Text.Get("error.forbidden"));
        if (await AssigneeAsync(request?.UserName, user, db, ct) is not { } assignee)
            return Problems.Validation(new Dictionary<string, string[]> { ["userName"] = [Text.Get("workflow.error.unknown_user")] });
        return CaseResults.From(await runtime.AssignAsync(taskId, assignee, user.ToActor(), ct));
    }

    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> BulkAssignAsync(
        BulkAssignRequest? request, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (!Assigners.Contains(user.Role())) return TypedResults.Problem(WorkflowText.Reason("assigner_role"), statusCode: 403, title: Text.Get("error.forbidden"));
        var ids = request?.TaskIds?.Distinct().ToList() ?? [];
        if (ids.Count is 0 or > 200) return Problems.Validation(new Dictionary<string, string[]> { ["taskIds"] = [Text.Format("error.range", 1, 200)] });
        if (await AssigneeAsync(request?.UserName, user, db, ct) is not { } assignee)
            return Problems.Validation(new Dictionary<string, string[]> { ["userName"] = [Text.Get("workflow.error.unknown_user")] });
        var visible = await db.Set<WorkflowTask>().VisibleTo(user).Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(ct);
        if (visible.Count != ids.Count) return Problems.NotFound("workflow.error.taskNotFound");
        // All or nothing: one transaction, so a refused task leaves the others unassigned too.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        WorkflowResult last = new WorkflowResult.NotFound();
        foreach (var id in ids)
        {
            last = await runtime.AssignAsync(id, assignee, user.ToActor(), ct);
            if (last is not WorkflowResult.Ok) return CaseResults.From(last);
        }
        await tx.CommitAsync(ct);
        return CaseResults.From(last);
    }

    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> ExtendAsync(
        long taskId, ExtendDeadlineRequest? request, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, CancellationToken ct)
    {
        // The approver may be of the same agency as the task (QLTT's supervisor for QLTT's tasks).
        if (!await VisibleAsync(taskId, user, db, ct)) return Problems.NotFound("workflow.error.taskNotFound");
        return CaseResults.From(await runtime.ExtendDeadlineAsync(taskId, request?.Days ?? 0, request?.Reason, user.ToActor(), ct));
    }

    private static Task<bool> VisibleAsync(long taskId, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct) =>
        db.Set<WorkflowTask>().VisibleTo(user).AnyAsync(t => t.Id == taskId, ct);

    /// <summary>Only an active user of the assigner's own agency can receive work.</summary>
    private static async Task<WorkflowActor?> AssigneeAsync(string? userName, ClaimsPrincipal assigner, EnforcementDbContext db, CancellationToken ct)
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        if (name.Length is 0 or > 64 || TextRules.HasControlCharacters(name, multiline: false)) return null;
        var agency = assigner.AgencyCodeOf();
        var u = await db.StaffUsers.AsNoTracking().Where(x => x.UserName == name && x.IsActive && x.Agency!.Code == agency)
            .Select(x => new { x.UserName, x.Role, Team = x.Team == null ? null : x.Team.Code }).FirstOrDefaultAsync(ct);
        return u is null ? null : new WorkflowActor(u.UserName, u.Role, agency, u.Team);
    }
}
