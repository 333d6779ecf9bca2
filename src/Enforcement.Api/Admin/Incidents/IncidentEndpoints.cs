using System.Security.Claims;
using Enforcement.Api.Cases;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Notifications;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Incidents;

internal static class IncidentEndpoints
{
    public static RouteGroupBuilder MapIncidentEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListIncidents")
            .WithSummary("Timers whose firing failed every time, and dead-lettered emails (administrator, supervisor).");
        group.MapPost("/timers/{timerId:long}/retry", RetryTimerAsync).WithName("RetryTimerIncident").WithSummary("Fire the timer again on the next poll. Journaled on its case.");
        group.MapPost("/timers/{timerId:long}/cancel", CancelTimerAsync).WithName("CancelTimerIncident").WithSummary("Give up on the timer, with a reason. Journaled on its case.");
        group.MapPost("/messages/{messageId:long}/retry", RetryMessageAsync).WithName("RetryMessageIncident").WithSummary("Send a dead-lettered email again.");
        group.MapPost("/messages/{messageId:long}/cancel", CancelMessageAsync).WithName("CancelMessageIncident").WithSummary("Drop a dead-lettered email.");
        return group;
    }

    internal static async Task<Ok<IncidentList>> ListAsync(ClaimsPrincipal user, EnforcementDbContext db, DefinitionCatalog catalog, CancellationToken ct) =>
        TypedResults.Ok(new IncidentList(await IncidentQueries.TimersAsync(db, catalog, user, null, ct), await IncidentQueries.MessagesAsync(db, user, ct)));

    internal static async Task<Results<Ok<IncidentActionResponse>, ValidationProblem, ProblemHttpResult>> RetryTimerAsync(
        long timerId, ClaimsPrincipal user, WorkflowRuntime runtime, ILogger<IncidentActionResponse> log, CancellationToken ct)
    {
        var result = await runtime.RetryIncidentAsync(timerId, user.ToActor(), ct);
        if (result is WorkflowResult.Ok) log.LogInformation("Timer incident {TimerId} retried by {User}", timerId, user.Identity?.Name);
        return Answer(result, timerId, "retried");
    }

    internal static async Task<Results<Ok<IncidentActionResponse>, ValidationProblem, ProblemHttpResult>> CancelTimerAsync(
        long timerId, CancelIncidentRequest? request, ClaimsPrincipal user, WorkflowRuntime runtime, ILogger<IncidentActionResponse> log, CancellationToken ct)
    {
        var result = await runtime.CancelIncidentAsync(timerId, request?.Reason?.Trim(), user.ToActor(), ct);
        if (result is WorkflowResult.Ok) log.LogInformation("Timer incident {TimerId} cancelled by {User}", timerId, user.Identity?.Name);
        return Answer(result, timerId, "cancelled");
    }

    internal static async Task<Results<Ok<IncidentActionResponse>, ProblemHttpResult>> RetryMessageAsync(
        long messageId, ClaimsPrincipal user, EnforcementDbContext db, OutboxSignal signal, TimeProvider clock, ILogger<IncidentActionResponse> log, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = await DeadLetters(db, messageId).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.DeadAt, (DateTime?)null).SetProperty(m => m.Attempts, 0).SetProperty(m => m.NextAttemptAt, now), ct);
        if (changed == 0) return Problems.NotFound("problem.404");
        log.LogInformation("Dead-lettered email {MessageId} retried by {User}", messageId, user.Identity?.Name);
        signal.Notify();
        return TypedResults.Ok(new IncidentActionResponse(messageId, "retried"));
    }

    internal static async Task<Results<Ok<IncidentActionResponse>, ProblemHttpResult>> CancelMessageAsync(
        long messageId, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, ILogger<IncidentActionResponse> log, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await DeadLetters(db, messageId).ExecuteUpdateAsync(s => s.SetProperty(m => m.CancelledAt, now), ct) == 0) return Problems.NotFound("problem.404");
        log.LogInformation("Dead-lettered email {MessageId} cancelled by {User}", messageId, user.Identity?.Name);
        return TypedResults.Ok(new IncidentActionResponse(messageId, "cancelled"));
    }

    private static IQueryable<OutboxMessage> DeadLetters(EnforcementDbContext db, long id) =>
        db.OutboxMessages.Where(m => m.Id == id && m.DeadAt != null && m.SentAt == null && m.CancelledAt == null);

    /// <summary>The runtime's answer without the case code: an administrator acts on the timer, not the case.</summary>
    private static Results<Ok<IncidentActionResponse>, ValidationProblem, ProblemHttpResult> Answer(WorkflowResult result, long id, string done) =>
        result is WorkflowResult.Ok ? TypedResults.Ok(new IncidentActionResponse(id, done))
        : CaseResults.From(result).Result switch
        {
            ValidationProblem v => v,
            ProblemHttpResult p => p,
            _ => TypedResults.Problem(Text.Get("problem.400"), statusCode: 400),
        };
}
