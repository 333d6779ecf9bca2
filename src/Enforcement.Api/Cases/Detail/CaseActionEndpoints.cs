using System.Security.Claims;
using AutoMapper;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Diagrams;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases.Detail;

public sealed record SignalRequest(
    [property: System.Text.Json.Serialization.JsonConverter(typeof(Tasks.FormValuesConverter))] Dictionary<string, string?>? Fields, string? Comment);

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
        string code, long instanceId, string signal, SignalRequest? request, ClaimsPrincipal user, EnforcementDbContext db, WorkflowRuntime runtime, CancellationToken ct)
    {
        if (!await OwnsAsync(code, instanceId, user, db, ct)) return Problems.NotFound("error.notFound");
        return CaseResults.From(await runtime.SignalAsync(instanceId, signal, request?.Fields ?? [], request?.Comment, user.ToActor(), ct));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> DiagramAsync(
        string code, long instanceId, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, DefinitionCatalog catalog, FieldOptions options, Enforcement.Workflows.Calendar.WorkingCalendar calendar, TimeProvider clock, CancellationToken ct)
    {
        var process = (await GetCaseEndpoint.FindAsync(code, user, db, mapper, catalog, options, calendar, clock, ct))?.Processes.FirstOrDefault(p => p.Id == instanceId);
        return process is null ? Problems.NotFound("error.notFound") : TypedResults.Content(Render(process, catalog), "image/svg+xml");
    }

    /// <summary>Shared with the case page, which inlines the SVG. Draws only what the caller may see of the path.</summary>
    public static string Render(ProcessView process, DefinitionCatalog catalog)
    {
        var taken = process.Path.Zip(process.Path.Skip(1)).Select(p => (p.First, p.Second)).ToHashSet();
        var definition = catalog.Get(process.Process, process.Version);
        var visited = process.Path.Distinct().Select(id => WorkflowText.Step(definition, id)).ToList();
        var running = process.Status == InstanceStatuses.Running;
        // The text alternative says what the picture shows: the process, where the case is, and the steps it went through.
        var alt = Localization.Text.Pick($"Sơ đồ quy trình {process.Title}", $"Process diagram: {process.Title}")
            + (running && process.CurrentStepTitle is { } current ? Localization.Text.Pick($". Bước hiện tại: {current}", $". Current step: {current}") : "")
            + (visited.Count > 0 ? Localization.Text.Pick($". Các bước đã qua: {string.Join(" → ", visited)}.", $". Steps taken: {string.Join(" → ", visited)}.") : ".");
        return SvgDiagram.Render(definition, s => WorkflowText.Label(s.Title, s.Id), running ? process.CurrentStep : null, process.Path.ToHashSet(), taken, alt);
    }

    /// <summary>The process belongs to a case the caller may see.</summary>
    private static Task<bool> OwnsAsync(string code, long instanceId, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        var visible = db.Complaints.VisibleTo(user).Where(c => c.TrackingCode == upper).Select(c => c.TrackingCode);
        return db.Set<WorkflowInstance>().AnyAsync(i => i.Id == instanceId && visible.Contains(i.CorrelationId), ct);
    }
}
