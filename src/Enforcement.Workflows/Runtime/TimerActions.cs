using System.Text.Json.Nodes;
using Enforcement.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Fires leased timers in one transaction. The conditional UPDATE that marks them fired runs first:
    /// whoever else holds one waits on that row and then finds it fired, so each effect happens exactly once.
    /// </summary>
    public async Task<int> FireTimersAsync(IReadOnlyCollection<long> timerIds, string leaseOwner, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        PendingTasks.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Microseconds: PostgreSQL keeps no finer, and the marked rows are found again by this value.
        var now = new DateTime(Now.Ticks - Now.Ticks % 10, DateTimeKind.Utc);
        await db.Set<WorkflowTimer>()
            .Where(t => timerIds.Contains(t.Id) && t.FiredAt == null && t.LeaseOwner == leaseOwner)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FiredAt, now), ct);
        var timers = await db.Set<WorkflowTimer>().AsNoTracking()
            .Where(t => timerIds.Contains(t.Id) && t.LeaseOwner == leaseOwner && t.FiredAt == now).OrderBy(t => t.DueAt).ThenBy(t => t.Id).ToListAsync(ct);
        var instanceIds = timers.Where(t => !t.Cancelled).Select(t => t.InstanceId).Distinct().ToList();
        var instances = await db.Set<WorkflowInstance>().Where(i => instanceIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var taskIds = timers.Where(t => t.TaskId is not null && !t.Cancelled).Select(t => t.TaskId!.Value).ToList();
        var tasks = await db.Set<WorkflowTask>().Where(t => taskIds.Contains(t.Id) && t.Status == TaskStatuses.Open).ToDictionaryAsync(t => t.Id, ct);
        foreach (var timer in timers.Where(t => !t.Cancelled))
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
        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        return timers.Count;
    }

    private async Task ExpireAsync(WorkflowInstance instance, WorkflowDefinition definition, WorkflowTask task, CancellationToken ct)
    {
        var deadline = definition.Step(task.StepId)!.Deadline!;
        task.Escalated = true;
        task.Revision++;
        Journal(instance, JournalKinds.DeadlineExpired, task.StepId, WorkflowActor.System, deadline.OnExpire, data: new JsonObject { ["dueAt"] = task.DueAt, ["escalateTo"] = deadline.EscalateToRole });
        var context = new WorkflowContext(instance, definition, WorkflowActor.System, Now);
        if (deadline.EscalateToRole is { } role) await hooks.OnNotifyAsync(context, "deadline_escalation", role, ct);
        if (deadline.OnExpire is { } next)
        {
            task.Status = TaskStatuses.Cancelled;
            task.Outcome = "expired";
            await EnterAsync(instance, definition, next, WorkflowActor.System, ct);
            instance.Revision++;
        }
    }

    /// <summary>
    /// Moves a running instance to another version of its definition: an explicit, journaled command.
    /// Open tasks follow their step by id, or by <paramref name="stepMap"/> when a step was renamed.
    /// </summary>
    public async Task<WorkflowResult> MigrateAsync(long instanceId, int toVersion, IReadOnlyDictionary<string, string> stepMap, WorkflowActor actor, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null) return new WorkflowResult.NotFound();
        if (!catalog.TryGet(instance.DefinitionId, toVersion, out var target)) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["version"] = ["unknown_version"] });
        if (instance.Status != InstanceStatuses.Running) return new WorkflowResult.Conflict("not_running", []);
        string Map(string step) => stepMap.TryGetValue(step, out var to) ? to : step;
        var open = await db.Set<WorkflowTask>().Where(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open).ToListAsync(ct);
        var missing = open.Select(t => t.StepId).Append(instance.CurrentStepId!).Select(Map).Where(s => target.Step(s) is null).Distinct().ToList();
        if (missing.Count > 0) return new WorkflowResult.Conflict("steps_missing_in_target", missing);

        return await ChangeAsync(instance, async () =>
        {
            var from = instance.DefinitionVersion;
            instance.DefinitionVersion = toVersion;
            instance.CurrentStepId = Map(instance.CurrentStepId!);
            if (instance.ResumeStepId is { } resume) instance.ResumeStepId = Map(resume);
            foreach (var t in open) { t.StepId = Map(t.StepId); t.Revision++; }
            foreach (var timer in await db.Set<WorkflowTimer>().Where(t => t.InstanceId == instanceId && t.FiredAt == null).ToListAsync(ct)) timer.StepId = Map(timer.StepId);
            instance.Revision++;
            Journal(instance, JournalKinds.Migrated, instance.CurrentStepId, actor, $"v{from}→v{toVersion}", data: new JsonObject { ["from"] = from, ["to"] = toVersion });
        }, ct);
    }
}
