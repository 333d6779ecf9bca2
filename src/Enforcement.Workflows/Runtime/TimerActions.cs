using System.Text.Json.Nodes;
using Enforcement.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Fires leased timers in one transaction. Their instances are locked first (the order every action
    /// uses), then one conditional UPDATE marks the timers this owner still holds as fired and returns
    /// them: a timer whose lease passed to someone else is not touched, so each effect happens exactly once.
    /// </summary>
    public async Task<int> FireTimersAsync(IReadOnlyCollection<long> timerIds, string leaseOwner, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var instanceIds = await db.Set<WorkflowTimer>().AsNoTracking().Where(t => timerIds.Contains(t.Id)).Select(t => t.InstanceId).Distinct().ToListAsync(ct);
        await LockInstancesAsync(instanceIds, ct);
        var ids = timerIds.Cast<object>().ToArray();
#pragma warning disable EF1002 // only placeholders are spliced in; values are parameters
        var marked = await db.Database.SqlQueryRaw<long>($$"""
            UPDATE "WorkflowTimers" SET "FiredAt" = {0}
            WHERE "FiredAt" IS NULL AND "LeaseOwner" = {1} AND "Id" IN ({{DatabaseClock.Placeholders(2, ids.Length)}})
            RETURNING "Id" AS "Value"
            """, [Now, leaseOwner, .. ids]).ToListAsync(ct);
#pragma warning restore EF1002
        var timers = await db.Set<WorkflowTimer>().AsNoTracking().Where(t => marked.Contains(t.Id) && !t.Cancelled).OrderBy(t => t.DueAt).ThenBy(t => t.Id).ToListAsync(ct);
        var live = timers.Select(t => t.InstanceId).Distinct().ToList();
        var instances = await db.Set<WorkflowInstance>().Where(i => live.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var taskIds = timers.Where(t => t.TaskId is not null).Select(t => t.TaskId!.Value).ToList();
        var tasks = await db.Set<WorkflowTask>().Where(t => taskIds.Contains(t.Id) && t.Status == TaskStatuses.Open).ToDictionaryAsync(t => t.Id, ct);
        foreach (var timer in timers)
        {
            var instance = instances[timer.InstanceId];
            var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
            if (timer.Kind == TimerKinds.Timer && instance.Status == InstanceStatuses.Running && instance.CurrentStepId == timer.StepId)
            {
                Journal(instance, JournalKinds.TimerFired, timer.StepId, WorkflowActor.System);
                await EnterAsync(instance, definition, definition.Step(timer.StepId)!.To!, WorkflowActor.System, ct);
                instance.Revision++;
            }
            else if (timer.Kind == TimerKinds.Deadline && tasks.TryGetValue(timer.TaskId!.Value, out var task) && task.Status == TaskStatuses.Open)
            {
                await ExpireAsync(instance, definition, task, ct);
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return marked.Count;
    }

    /// <summary>A passed deadline escalates the task; with onExpire it also closes it and moves the case on.</summary>
    private async Task ExpireAsync(WorkflowInstance instance, WorkflowDefinition definition, WorkflowTask task, CancellationToken ct)
    {
        var step = definition.Step(task.StepId)!;
        var deadline = step.Deadline!;
        // Escalation alone does not change what the holder may do, so it does not make their open page stale.
        task.Escalated = true;
        Journal(instance, JournalKinds.DeadlineExpired, task.StepId, WorkflowActor.System, deadline.OnExpire, data: new JsonObject { ["dueAt"] = task.DueAt, ["escalateTo"] = deadline.EscalateToRole });
        var context = new WorkflowContext(instance, definition, WorkflowActor.System, Now);
        if (deadline.EscalateToRole is { } role) await hooks.OnNotifyAsync(context, step, NotifyTemplates.DeadlineEscalation, role, ct);
        if (deadline.OnExpire is { } next)
        {
            task.Status = TaskStatuses.Cancelled;
            task.Outcome = TaskOutcomes.Expired;
            task.Revision++;
            await EnterAsync(instance, definition, next, WorkflowActor.System, ct);
            instance.Revision++;
        }
    }

    /// <summary>
    /// Moves a running instance to another version of its definition: an explicit, journaled command.
    /// Open tasks follow their step by id, or by <paramref name="stepMap"/> when a step was renamed.
    /// </summary>
    public Task<WorkflowResult> MigrateAsync(long instanceId, int toVersion, IReadOnlyDictionary<string, string> stepMap, WorkflowActor actor, CancellationToken ct) =>
        MigrateAsync(instanceId, toVersion, stepMap, null, actor, ct);

    /// <inheritdoc cref="MigrateAsync(long, int, IReadOnlyDictionary{string, string}, WorkflowActor, CancellationToken)"/>
    public Task<WorkflowResult> MigrateAsync(long instanceId, int toVersion, IReadOnlyDictionary<string, string> stepMap, string? reason, WorkflowActor actor, CancellationToken ct) =>
        ActAsync(instanceId, async instance =>
        {
            if (FormValidator.TextError(reason) is { } reasonError) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["reason"] = [reasonError] });
            if (!catalog.TryGet(instance.DefinitionId, toVersion, out var target)) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["version"] = ["unknown_version"] });
            if (instance.Status != InstanceStatuses.Running) return new WorkflowResult.Conflict("not_running", []);
            string Map(string step) => stepMap.TryGetValue(step, out var to) ? to : step;
            var open = await db.Set<WorkflowTask>().Where(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open).ToListAsync(ct);
            var missing = open.Select(t => t.StepId).Append(instance.CurrentStepId!).Select(Map).Where(s => target.Step(s) is null).Distinct().ToList();
            if (missing.Count > 0) return new WorkflowResult.Conflict("steps_missing_in_target", missing);

            var from = instance.DefinitionVersion;
            instance.DefinitionVersion = toVersion;
            instance.CurrentStepId = Map(instance.CurrentStepId!);
            if (instance.ResumeStepId is { } resume) instance.ResumeStepId = Map(resume);
            foreach (var t in open) { t.StepId = Map(t.StepId); t.Revision++; }
            foreach (var timer in await db.Set<WorkflowTimer>().Where(t => t.InstanceId == instanceId && t.FiredAt == null).ToListAsync(ct)) timer.StepId = Map(timer.StepId);
            instance.Revision++;
            Journal(instance, JournalKinds.Migrated, instance.CurrentStepId, actor, $"v{from}→v{toVersion}", reason, new JsonObject { ["from"] = from, ["to"] = toVersion });
            return new WorkflowResult.Ok(instance);
        }, ct);
}

/// <summary>Templates the runtime itself asks the application to send.</summary>
public static class NotifyTemplates
{
    /// <summary>A task's deadline passed; the recipient is the step's escalation role.</summary>
    public const string DeadlineEscalation = "deadline_escalation";
}
