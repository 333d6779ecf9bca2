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
        WorkflowActor actor, int? expectedRevision, CancellationToken ct) =>
        await OnTaskAsync(taskId, async (instance, task) =>
        {
            if (!CanWork(task, actor)) return new WorkflowResult.Forbidden("not_assignee");
            var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
            var step = definition.Step(task.StepId)!;
            if (task.Status != TaskStatuses.Open) return new WorkflowResult.Conflict("task_closed", await OpenOutcomesAsync(instance.CorrelationId, ct));
            if (expectedRevision is { } rev && rev != task.Revision) return new WorkflowResult.Conflict("stale", step.Outcomes.Select(o => o.Name).ToList());
            if (await ExcludedUserAsync(db, step, task, ct) == actor.User) return new WorkflowResult.Forbidden("not_by");
            var outcome = step.Outcomes.FirstOrDefault(o => o.Name == outcomeName);
            if (outcome is null) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["outcome"] = ["unknown_outcome"] });
            if (outcome.Roles.Count > 0 && !outcome.Roles.Contains(actor.Role)) return new WorkflowResult.Forbidden("outcome_role");
            var (values, errors) = FormValidator.Validate([.. step.Form, .. outcome.Form], input, FieldOptions, await DatesAsync(instance, definition, actor, ct));
            if (FormValidator.TextError(comment) is { } commentError) errors["comment"] = [commentError];
            if (errors.Count > 0) return new WorkflowResult.Invalid(errors);
            SetVariables(instance, values);
            if (await CheckRecordAsync(instance, definition, step, outcome.Record, values, actor, ct) is { } invalid) return invalid;

            task.Status = TaskStatuses.Completed;
            task.Outcome = outcome.Name;
            task.CompletedAt = Now;
            task.CompletedBy = actor.User;
            task.Revision++;
            await CancelTimersAsync(task.Id, ct);
            Journal(instance, JournalKinds.TaskCompleted, step.Id, actor, outcome.Name, comment, values);
            if (outcome.Record is { } record) await hooks.OnRecordAsync(new WorkflowContext(instance, definition, actor, Now), step, record, values, ct);
            await EnterAsync(instance, definition, outcome.To, actor, ct);
            instance.Revision++;
            return new WorkflowResult.Ok(instance);
        }, ct);

    /// <summary>Raises an interrupt from the current task (e.g. signs of a crime): open tasks are cancelled and the process jumps.</summary>
    public Task<WorkflowResult> SignalAsync(long instanceId, string signalName, IReadOnlyDictionary<string, string?> input, string? comment, WorkflowActor actor, CancellationToken ct) =>
        ActAsync(instanceId, async instance =>
        {
            var definition = catalog.Get(instance.DefinitionId, instance.DefinitionVersion);
            var signal = definition.Signals.FirstOrDefault(s => s.Name == signalName);
            if (signal is null) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["signal"] = ["unknown_signal"] });
            var open = await db.Set<WorkflowTask>().Where(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open).ToListAsync(ct);
            if (instance.Status != InstanceStatuses.Running || open.Count == 0) return new WorkflowResult.Conflict("no_open_task", []);
            if (signal.Roles.Count > 0 && !signal.Roles.Contains(actor.Role)) return new WorkflowResult.Forbidden("signal_role");
            if (!open.Any(t => CanWork(t, actor))) return new WorkflowResult.Forbidden("not_assignee");
            var (values, errors) = FormValidator.Validate(signal.Form, input, FieldOptions, await DatesAsync(instance, definition, actor, ct));
            if (FormValidator.TextError(comment) is { } commentError) errors["comment"] = [commentError];
            if (errors.Count > 0) return new WorkflowResult.Invalid(errors);
            var current = definition.Step(instance.CurrentStepId!)!;
            SetVariables(instance, values);
            if (await CheckRecordAsync(instance, definition, current, signal.Record, values, actor, ct) is { } invalid) return invalid;

            foreach (var t in open)
            {
                t.Status = TaskStatuses.Cancelled;
                t.Revision++;
                await CancelTimersAsync(t.Id, ct);
            }
            SetVariables(instance, new JsonObject { [signal.Name] = true });
            instance.ResumeStepId = instance.CurrentStepId;
            Journal(instance, JournalKinds.Signal, instance.CurrentStepId, actor, signal.Name, comment, values);
            if (signal.Record is { } record) await hooks.OnRecordAsync(new WorkflowContext(instance, definition, actor, Now), current, record, values, ct);
            await EnterAsync(instance, definition, signal.To, actor, ct);
            instance.Revision++;
            return new WorkflowResult.Ok(instance);
        }, ct);

    /// <summary>Extends an open task's deadline within its step's policy (e.g. once, by at most 30 days, approved by a supervisor).</summary>
    public async Task<WorkflowResult> ExtendDeadlineAsync(long taskId, int days, string? reason, WorkflowActor actor, CancellationToken ct) =>
        await OnTaskAsync(taskId, async (instance, task) =>
        {
            var policy = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).Step(task.StepId)!.Deadline?.Extension;
            if (policy is null || task.Status != TaskStatuses.Open || task.DueAt is null) return new WorkflowResult.Conflict("not_extendable", []);
            if (actor.Role != policy.ApproverRole) return new WorkflowResult.Forbidden("approver_role");
            if (task.Extensions >= policy.MaxTimes) return new WorkflowResult.Conflict("extension_used", []);
            if (days < 1 || days > policy.MaxDays) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["days"] = ["range"] });
            if (string.IsNullOrWhiteSpace(reason)) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["reason"] = ["required"] });
            if (FormValidator.TextError(reason) is { } reasonError) return new WorkflowResult.Invalid(new Dictionary<string, string[]> { ["reason"] = [reasonError] });

            var previous = task.DueAt.Value;
            // The extension runs from the old deadline's last day.
            task.DueAt = calendar.DueAt(previous.AddTicks(-1), new DurationDefinition { Days = days, Calendar = policy.Calendar });
            task.Extensions++;
            task.Escalated = false;
            task.Revision++;
            await CancelTimersAsync(task.Id, ct);
            AddDeadlineTimer(instance, task);
            Journal(instance, JournalKinds.Extended, task.StepId, actor, $"+{days}", reason, new JsonObject { ["from"] = previous, ["to"] = task.DueAt });
            return new WorkflowResult.Ok(instance);
        }, ct);

    /// <summary>Assigns an open task to a user (claim when the user is the actor). The caller checks who may assign whom.</summary>
    public async Task<WorkflowResult> AssignAsync(long taskId, WorkflowActor assignee, WorkflowActor actor, CancellationToken ct) =>
        await OnTaskAsync(taskId, async (instance, task) =>
        {
            if (task.Status != TaskStatuses.Open) return new WorkflowResult.Conflict("task_closed", []);
            if (!IsEligible(task, assignee)) return new WorkflowResult.Forbidden("assignee_not_eligible");
            var step = catalog.Get(instance.DefinitionId, instance.DefinitionVersion).Step(task.StepId)!;
            if (await ExcludedUserAsync(db, step, task, ct) == assignee.User) return new WorkflowResult.Forbidden("not_by");
            var previous = task.AssignedUser;
            task.AssignedUser = assignee.User;
            task.Revision++;
            Journal(instance, JournalKinds.Assigned, task.StepId, actor, assignee.User, data: new JsonObject { ["from"] = previous });
            return new WorkflowResult.Ok(instance);
        }, ct);

    /// <summary>An action on one task: its instance is locked first, then the task is read.</summary>
    private async Task<WorkflowResult> OnTaskAsync(long taskId, Func<WorkflowInstance, WorkflowTask, Task<WorkflowResult>> action, CancellationToken ct)
    {
        // The task's instance never changes, so it can be looked up before the lock.
        var instanceId = await db.Set<WorkflowTask>().AsNoTracking().Where(t => t.Id == taskId).Select(t => (long?)t.InstanceId).FirstOrDefaultAsync(ct);
        if (instanceId is null) return new WorkflowResult.NotFound();
        return await ActAsync(instanceId.Value, async instance =>
            await action(instance, await db.Set<WorkflowTask>().FirstAsync(t => t.Id == taskId, ct)), ct);
    }

    /// <summary>What the case allows now: the outcomes of its open tasks, in whichever of its processes.</summary>
    private async Task<List<string>> OpenOutcomesAsync(string correlationId, CancellationToken ct)
    {
        var open = await (from t in db.Set<WorkflowTask>().AsNoTracking()
                          join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
                          where i.CorrelationId == correlationId && t.Status == TaskStatuses.Open
                          select new { t.StepId, i.DefinitionId, i.DefinitionVersion }).ToListAsync(ct);
        return open.SelectMany(o => catalog.Get(o.DefinitionId, o.DefinitionVersion).Step(o.StepId)!.Outcomes.Select(x => $"{o.StepId}:{x.Name}")).ToList();
    }

    /// <summary>The days a date field may hold: from the case's first day (the application's, else the process's start) to today, local time.</summary>
    private async Task<(DateOnly First, DateOnly Last)> DatesAsync(WorkflowInstance instance, WorkflowDefinition definition, WorkflowActor actor, CancellationToken ct)
    {
        var first = await hooks.FirstDayAsync(new WorkflowContext(instance, definition, actor, Now), ct) ?? calendar.LocalDate(instance.StartedAt);
        return (first, calendar.LocalDate(Now));
    }

    private static void SetVariables(WorkflowInstance instance, JsonObject values)
    {
        var vars = VariablesOf(instance);
        foreach (var (k, v) in values) vars[k] = v?.DeepClone();
        instance.Variables = WorkflowJson.Write(vars);
    }

    private async Task CancelTimersAsync(long taskId, CancellationToken ct)
    {
        foreach (var timer in await db.Set<WorkflowTimer>().Where(t => t.TaskId == taskId && t.FiredAt == null && !t.Cancelled).ToListAsync(ct))
            timer.Cancelled = true;
    }
}
