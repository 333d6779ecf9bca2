using System.Security.Claims;
using AutoMapper;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Diagrams;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Detail;

public sealed record SignalRequest(Dictionary<string, string?>? Fields, string? Comment);

internal static class CaseActionEndpoints
{
    public static RouteGroupBuilder MapCaseActions(this RouteGroupBuilder group)
    {
        group.MapPost("/{code}/processes/{instanceId:long}/signals/{signal}", SignalAsync).WithName("RaiseSignal")
            .WithSummary("Raise an interrupt on a running process, e.g. crimeSigns: the open task is cancelled and the file goes to the police at once.");
        group.MapGet("/{code}/processes/{instanceId:long}/diagram", DiagramAsync).WithName("CaseDiagram")
            .WithSummary("The process as SVG with the current step and the path taken highlighted.")
            .Produces(StatusCodes.Status200OK, contentType: "image/svg+xml").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult>> SignalAsync(
        string code, long instanceId, string signal, SignalRequest? request, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (!await OwnsAsync(code, instanceId, user, db, mapper, ct)) return Problems.NotFound("error.notFound");
        return CaseResults.From(await runtime.SignalAsync(instanceId, signal, request?.Fields ?? [], request?.Comment, user.ToActor(), ct));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> DiagramAsync(
        string code, long instanceId, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, DefinitionCatalog catalog, CancellationToken ct)
    {
        if (!await OwnsAsync(code, instanceId, user, db, mapper, ct)) return Problems.NotFound("error.notFound");
        return TypedResults.Content(await RenderAsync(instanceId, db, catalog, ct), "image/svg+xml");
    }

    /// <summary>Shared with the case page, which inlines the SVG.</summary>
    public static async Task<string> RenderAsync(long instanceId, EnforcementDbContext db, DefinitionCatalog catalog, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstance>().AsNoTracking().FirstAsync(i => i.Id == instanceId, ct);
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        var entered = (await JournalArchiver.ReadAsync(db, [instanceId], ct)).Where(j => j.Kind == JournalKinds.Entered).Select(j => j.StepId!).ToList();
        var taken = entered.Zip(entered.Skip(1)).Select(p => (p.First, p.Second)).ToHashSet();
        return SvgDiagram.Render(definition, s => WorkflowText.Label(s.Title, s.Id),
            instance.Status == InstanceStatuses.Running ? instance.CurrentStepId : null, entered.ToHashSet(), taken);
    }

    /// <summary>The process belongs to a case the caller may see.</summary>
    private static async Task<bool> OwnsAsync(string code, long instanceId, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, CancellationToken ct) =>
        await GetComplaintEndpoint.FindAsync(code, user, db, mapper, ct) is { } complaint
        && await db.Set<WorkflowInstance>().AnyAsync(i => i.Id == instanceId && i.CorrelationId == complaint.TrackingCode, ct);
}
