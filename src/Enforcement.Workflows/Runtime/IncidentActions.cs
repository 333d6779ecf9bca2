using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Records a firing that threw. The timer is retried later (backing off on the injected clock); after
    /// <paramref name="maxAttempts"/> it becomes an incident, journaled on its case, and waits for staff.
    /// </summary>
    public async Task RecordFailureAsync(long timerId, Exception error, int maxAttempts, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var instanceId = await db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.Id == timerId).Select(t => (long?)t.InstanceId).FirstOrDefaultAsync(ct);
        if (instanceId is null) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await LockInstancesAsync([instanceId.Value], ct);
        var timer = await db.Set<WorkflowTimer>().FirstAsync(t => t.Id == timerId, ct);
        if (timer.FiredAt is not null || timer.Cancelled) return; // someone else fired or cancelled it meanwhile
        var message = error.GetBaseException().Message;
        timer.Attempts++;
        timer.LastError = message.Length > 2000 ? message[..2000] : message;
        timer.LeaseOwner = null;
        timer.LeaseExpiresAt = null;
        timer.RetryAt = Now.AddSeconds(Math.Min(3600, 30 * Math.Pow(2, timer.Attempts - 1)));
        if (timer.Attempts >= maxAttempts)
        {
            timer.IncidentAt = Now;
            var instance = await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == timer.InstanceId, ct);
            Journal(instance, JournalKinds.Incident, timer.StepId, WorkflowActor.System, timer.Kind, timer.LastError,
                new JsonObject { ["timerId"] = timer.Id, ["attempts"] = timer.Attempts });
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Puts an incident's timer back in line: it fires on the scheduler's next poll.</summary>
    public Task<WorkflowResult> RetryIncidentAsync(long timerId, WorkflowActor actor, CancellationToken ct) =>
        OnIncidentAsync(timerId, (instance, timer) =>
        {
            timer.IncidentAt = null;
            timer.RetryAt = null;
            timer.Attempts = 0;
            Journal(instance, JournalKinds.IncidentRetried, timer.StepId, actor, timer.Kind, data: new JsonObject { ["timerId"] = timer.Id });
        }, ct);

    /// <summary>Gives up on an incident's timer. A cancelled deadline leaves its task open without one; a cancelled timer step leaves the case waiting for staff.</summary>
    public Task<WorkflowResult> CancelIncidentAsync(long timerId, string? reason, WorkflowActor actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason)) return Task.FromResult<WorkflowResult>(new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["reason"] = ["required"] }));
        if (FormValidator.TextError(reason) is { } reasonError) return Task.FromResult<WorkflowResult>(new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["reason"] = [reasonError] }));
        return OnIncidentAsync(timerId, (instance, timer) =>
        {
            timer.Cancelled = true;
            Journal(instance, JournalKinds.IncidentCancelled, timer.StepId, actor, timer.Kind, reason, new JsonObject { ["timerId"] = timer.Id });
        }, ct);
    }

    private async Task<WorkflowResult> OnIncidentAsync(long timerId, Action<WorkflowInstance, WorkflowTimer> change, CancellationToken ct)
    {
        var instanceId = await db.Set<WorkflowTimer>().AsNoTracking().Where(t => t.Id == timerId).Select(t => (long?)t.InstanceId).FirstOrDefaultAsync(ct);
        if (instanceId is null) return new WorkflowResult.NotFound();
        return await ActAsync(instanceId.Value, async instance =>
        {
            var timer = await db.Set<WorkflowTimer>().FirstAsync(t => t.Id == timerId, ct);
            if (timer.IncidentAt is null || timer.Cancelled || timer.FiredAt is not null) return new WorkflowResult.Conflict("no_incident", []);
            change(instance, timer);
            instance.Revision++;
            return new WorkflowResult.Ok(instance);
        }, ct);
    }
}
