using System.Security.Claims;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Diagrams;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Cases.Definitions;

public sealed record DefinitionSummary(string Id, int Version, string Title, int Steps, bool Latest);

public sealed record MigrateRequest(int? ToVersion, Dictionary<string, string>? StepMap);

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
            .WithSummary("Move a running process to another version of its definition (administrator or supervisor). Journaled; renamed steps need stepMap.");
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

    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> MigrateAsync(
        long instanceId, MigrateRequest? request, ClaimsPrincipal user, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (user.Role() is not (Roles.Admin or Roles.Supervisor)) return TypedResults.Problem(Text.Get("error.forbidden"), statusCode: 403, title: Text.Get("error.forbidden"));
        if (request?.ToVersion is not { } version) return Problems.Validation(new Dictionary<string, string[]> { ["toVersion"] = [Text.Get("workflow.error.required")] });
        return CaseResults.From(await runtime.MigrateAsync(instanceId, version, request.StepMap ?? [], user.ToActor(), ct));
    }
}
