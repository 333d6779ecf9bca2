using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using System.Security.Claims;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Diagrams;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Definitions;

public sealed record DefinitionSummary(string Id, int Version, string Title, int Steps, bool Latest);

/// <summary>An administrator gives a <see cref="Reason"/>, recorded on the case's timeline; a supervisor may.</summary>
public sealed record MigrateRequest(int? ToVersion, Dictionary<string, string>? StepMap, string? Reason = null);

/// <summary>What a migration answers: nothing of the case itself (its code, its step), which an administrator may not read.</summary>
public sealed record MigrationResponse(long InstanceId, string Process, int Version);

internal static class DefinitionEndpoints
{
    public static RouteGroupBuilder MapDefinitionEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", List).WithName("ListWorkflowDefinitions").WithSummary("Every loaded process definition and version.");
        group.MapGet("/{id}/versions/{version:int}", Get).WithName("GetWorkflowDefinition").WithSummary("A definition as loaded from workflows/.")
            .Produces<WorkflowDefinition>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/versions/{version:int}/diagram", Diagram).WithName("WorkflowDiagram").WithSummary("A definition drawn as SVG.")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/instances/{instanceId:long}/migrate", MigrateAsync).WithName("MigrateWorkflowInstance")
            .WithSummary("Move a running process to another version of its definition: a supervisor, for a case of their agency, or an administrator with a reason. Journaled; renamed steps need stepMap.");
        return group;
    }

    internal static Ok<List<DefinitionSummary>> List(DefinitionCatalog catalog) =>
        TypedResults.Ok(catalog.All.OrderBy(d => d.Id).ThenBy(d => d.Version)
            .Select(d => new DefinitionSummary(d.Id, d.Version, WorkflowText.Label(d.Title, d.Id), d.Steps.Count, catalog.Latest(d.Id).Version == d.Version)).ToList());

    internal static Results<Ok<WorkflowDefinition>, ProblemHttpResult> Get(string id, int version, DefinitionCatalog catalog) =>
        catalog.TryGet(id, version, out var d) ? TypedResults.Ok(d) : Problems.NotFound("problem.404");

    internal static Results<ContentHttpResult, ProblemHttpResult> Diagram(string id, int version, DefinitionCatalog catalog) =>
        catalog.TryGet(id, version, out var d)
            ? TypedResults.Content(SvgDiagram.Render(d, s => WorkflowText.Label(s.Title, s.Id)), "image/svg+xml")
            : Problems.NotFound("problem.404");

    internal static async Task<Results<Ok<MigrationResponse>, ValidationProblem, ProblemHttpResult>> MigrateAsync(
        long instanceId, MigrateRequest? request, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, ILogger<MigrationResponse> log, CancellationToken ct)
    {
        var role = user.Role();
        if (role is not (Roles.Admin or Roles.Supervisor)) return TypedResults.Problem(Text.Get("error.forbidden"), statusCode: 403, title: Text.Get("error.forbidden"));
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.Id == instanceId).Select(i => new { i.CorrelationId, i.DefinitionId, i.DefinitionVersion }).FirstOrDefaultAsync(ct);
        // A supervisor acts within their agency: on cases they can read. Others' cases do not exist for them.
        if (instance is null || (role == Roles.Supervisor && !await db.Complaints.VisibleTo(user).AnyAsync(c => c.TrackingCode == instance.CorrelationId, ct)))
            return Problems.NotFound("problem.404");
        var errors = new Dictionary<string, string[]>();
        if (request?.ToVersion is null) errors["toVersion"] = [Text.Get("workflow.error.required")];
        if (role == Roles.Admin && string.IsNullOrWhiteSpace(request?.Reason)) errors["reason"] = [Text.Get("workflow.error.required")];
        if (errors.Count > 0) return Problems.Validation(errors);

        var result = await runtime.MigrateAsync(instanceId, request!.ToVersion!.Value, request.StepMap ?? [], request.Reason?.Trim(), user.ToActor(), ct);
        if (result is WorkflowResult.Ok)
        {
            log.LogInformation("Process {InstanceId} moved to {Process} v{Version} by {User} ({Role}): {Reason}", instanceId, instance.DefinitionId, request.ToVersion, user.UserName(), role, request.Reason);
            return TypedResults.Ok(new MigrationResponse(instanceId, instance.DefinitionId, request.ToVersion.Value));
        }
        // An administrator learns which steps of the old version the new one lacks, not which step the case is at.
        if (result is WorkflowResult.Conflict { Reason: "steps_missing_in_target" } && role == Roles.Admin
            && runtime.Catalog.TryGet(instance.DefinitionId, request.ToVersion.Value, out var target))
        {
            var lacking = runtime.Catalog.Get(instance.DefinitionId, instance.DefinitionVersion).Steps.Select(s => s.Id).Where(s => target.Step(s) is null).ToList();
            result = new WorkflowResult.Conflict("steps_missing_in_target", lacking);
        }
        return CaseResults.From(result).Result switch
        {
            ValidationProblem v => v,
            ProblemHttpResult p => p,
            _ => Problems.NotFound("problem.404"),
        };
    }
}
