using System.Text.Json.Nodes;
using Enforcement.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>The assignee, or anyone of the task's agency and team with its role, may work it.</summary>
    public static bool CanWork(WorkflowTask task, WorkflowActor actor) => task.AssignedUser == actor.User || IsEligible(task, actor);

    /// <summary>Of the task's agency, team and role, whoever it is assigned to.</summary>
    public static bool IsEligible(WorkflowTask task, WorkflowActor actor) =>
        (task.Agency is null || task.Agency == actor.Agency) && (task.Team is null || task.Team == actor.Team) && (task.Role is null || task.Role == actor.Role);

    public async Task<WorkflowResult> CompleteTaskAsync(long taskId, string outcomeName, IReadOnlyDictionary<string, string?> input, string? comment,
        WorkflowActor actor, int? expectedRevision, CancellationToken ct)
    {
        var task = await db.Set<WorkflowTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null) return new WorkflowResult.NotFound();
        if (!CanWork(task, actor)) return new WorkflowResult.Forbidden("not_assignee");
        var instance = await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == task.InstanceId, ct);
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        var step = definition.Step(task.StepId)!;
        var allowed = step.Outcomes.Select(o => o.Name).ToList();
        if (task.Status != TaskStatuses.Open)
        {
            // What the case allows now: the outcomes of its open tasks, in whichever of its processes.
            var open = await (from t in db.Set<WorkflowTask>().AsNoTracking()
                              join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
                              where i.CorrelationId == instance.CorrelationId && t.Status == TaskStatuses.Open
                              select new { t.StepId, i.DefinitionId, i.DefinitionVersion }).ToListAsync(ct);
            return new WorkflowResult.Conflict("task_closed", open.SelectMany(o => catalog.Get(o.DefinitionId, o.DefinitionVersion).Step(o.StepId)!.Outcomes
                .Select(x => $"{o.StepId}:{x.Name}")).ToList());
        }
        if (expectedRevision is { } rev && rev != task.Revision) return new WorkflowResult.Conflict("stale", allowed);
        var outcome = step.Outcomes.FirstOrDefault(o => o.Name == outcomeName);
        if (outcome is null) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["outcome"] = ["unknown_outcome"] });
        if (outcome.Roles.Count > 0 && !outcome.Roles.Contains(actor.Role)) return new WorkflowResult.Forbidden("outcome_role");
        var (values, errors) = FormValidator.Validate([.. step.Form, .. outcome.Form], input);
        if (comment is { Length: > 4000 }) errors["comment"] = ["too_long"];
        if (errors.Count > 0) return new WorkflowResult.Invalid(errors);

        return await ChangeAsync(instance, async () =>
        {
            task.Status = TaskStatuses.Completed;
            task.Outcome = outcome.Name;
            task.CompletedAt = Now;
            task.CompletedBy = actor.User;
            task.Revision++;
            var vars = Variables(instance);
            foreach (var (k, v) in values) vars[k] = v?.DeepClone();
            instance.Variables = vars.ToJsonString();
            await CancelTimersAsync(task.Id, ct);
            Journal(instance, JournalKinds.TaskCompleted, step.Id, actor, outcome.Name, comment, values);
            await EnterAsync(instance, definition, outcome.To, actor, ct);
            instance.Revision++;
        }, ct);
    }

    /// <summary>Raises an interrupt from the current task (e.g. signs of a crime): open tasks are cancelled and the process jumps.</summary>
    public async Task<WorkflowResult> SignalAsync(long instanceId, string signalName, IReadOnlyDictionary<string, string?> input, string? comment, WorkflowActor actor, CancellationToken ct)
    {
        var instance = await db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null) return new WorkflowResult.NotFound();
        var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
        var signal = definition.Signals.FirstOrDefault(s => s.Name == signalName);
        if (signal is null) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["signal"] = ["unknown_signal"] });
        var open = await db.Set<WorkflowTask>().Where(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open).ToListAsync(ct);
        if (instance.Status != InstanceStatuses.Running || open.Count == 0) return new WorkflowResult.Conflict("no_open_task", []);
        if (signal.Roles.Count > 0 && !signal.Roles.Contains(actor.Role)) return new WorkflowResult.Forbidden("signal_role");
        if (!open.Any(t => CanWork(t, actor))) return new WorkflowResult.Forbidden("not_assignee");
        var (values, errors) = FormValidator.Validate(signal.Form, input);
        if (errors.Count > 0) return new WorkflowResult.Invalid(errors);

        return await ChangeAsync(instance, async () =>
        {
            foreach (var t in open)
            {
                t.Status = TaskStatuses.Cancelled;
                t.Revision++;
                await CancelTimersAsync(t.Id, ct);
            }
            var vars = Variables(instance);
            foreach (var (k, v) in values) vars[k] = v?.DeepClone();
            vars[signal.Name] = true;
            instance.Variables = vars.ToJsonString();
            instance.ResumeStepId = instance.CurrentStepId;
            Journal(instance, JournalKinds.Signal, instance.CurrentStepId, actor, signal.Name, comment, values);
            await EnterAsync(instance, definition, signal.To, actor, ct);
            instance.Revision++;
        }, ct);
    }

    /// <summary>Extends an open task's deadline within its step's policy (e.g. once, by at most 30 days, approved by a supervisor).</summary>
    public async Task<WorkflowResult> ExtendDeadlineAsync(long taskId, int days, string? reason, WorkflowActor actor, CancellationToken ct)
    {
        var task = await db.Set<WorkflowTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null) return new WorkflowResult.NotFound();
        var instance = await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == task.InstanceId, ct);
        var policy = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).Step(task.StepId)!.Deadline?.Extension;
        if (policy is null || task.Status != TaskStatuses.Open || task.DueAt is null) return new WorkflowResult.Conflict("not_extendable", []);
        if (actor.Role != policy.ApproverRole) return new WorkflowResult.Forbidden("approver_role");
        if (task.Extensions >= policy.MaxTimes) return new WorkflowResult.Conflict("extension_used", []);
        if (days < 1 || days > policy.MaxDays) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["days"] = ["range"] });
        if (string.IsNullOrWhiteSpace(reason)) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["reason"] = ["required"] });

        return await ChangeAsync(instance, async () =>
        {
            var previous = task.DueAt.Value;
            // The extension runs from the old deadline's last day.
            task.DueAt = calendar.DueAt(previous.AddTicks(-1), new DurationDefinition { Days = days, Calendar = policy.Calendar });
            task.Extensions++;
            task.Escalated = false;
            task.Revision++;
            await CancelTimersAsync(task.Id, ct);
            PendingTasks.Add((instance, task));
            Journal(instance, JournalKinds.Extended, task.StepId, actor, $"+{days}", reason, new JsonObject { ["from"] = previous, ["to"] = task.DueAt });
        }, ct);
    }

    /// <summary>Assigns an open task to a user (claim when the user is the actor). The caller checks who may assign whom.</summary>
    public async Task<WorkflowResult> AssignAsync(long taskId, WorkflowActor assignee, WorkflowActor actor, CancellationToken ct)
    {
        var task = await db.Set<WorkflowTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null) return new WorkflowResult.NotFound();
        if (task.Status != TaskStatuses.Open) return new WorkflowResult.Conflict("task_closed", []);
        if (!IsEligible(task, assignee)) return new WorkflowResult.Forbidden("assignee_not_eligible");
        var instance = await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == task.InstanceId, ct);
        return await ChangeAsync(instance, () =>
        {
            var previous = task.AssignedUser;
            task.AssignedUser = assignee.User;
            task.Revision++;
            Journal(instance, JournalKinds.Assigned, task.StepId, actor, assignee.User, data: new JsonObject { ["from"] = previous });
            return Task.CompletedTask;
        }, ct);
    }

    private async Task CancelTimersAsync(long taskId, CancellationToken ct)
    {
        foreach (var timer in await db.Set<WorkflowTimer>().Where(t => t.TaskId == taskId && t.FiredAt == null && !t.Cancelled).ToListAsync(ct))
            timer.Cancelled = true;
    }

    /// <summary>Applies a change in one transaction; a concurrent change to the same task or instance makes it a 409, never a 500.</summary>
    private async Task<WorkflowResult> ChangeAsync(WorkflowInstance instance, Func<Task> change, CancellationToken ct)
    {
        try
        {
            await InTransactionAsync(async () => { await change(); return true; }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new WorkflowResult.Conflict("completed_by_someone_else", []);
        }
        return new WorkflowResult.Ok(instance);
    }
}
