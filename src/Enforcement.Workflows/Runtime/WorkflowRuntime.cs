using System.Text.Json.Nodes;
using Enforcement.Workflows.Calendar;
using Enforcement.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Runtime;

/// <summary>
/// Moves instances through their definitions. Each action saves once, in one transaction (the caller's,
/// if one is open), so a case is never half-moved; it never saves work the caller left pending.
/// </summary>
public sealed partial class WorkflowRuntime(DbContext db, DefinitionCatalog catalog, WorkingCalendar calendar, IWorkflowHooks hooks, TimeProvider clock,
    FieldOptions? fieldOptions = null)
{
    private const int MaxAutomaticSteps = 100;

    public DefinitionCatalog Catalog => catalog;
    public WorkingCalendar Calendar => calendar;
    public FieldOptions FieldOptions => fieldOptions ?? FieldOptions.None;

    public async Task<WorkflowInstance> StartAsync(string definitionId, string correlationId, JsonObject variables, WorkflowActor actor, CancellationToken ct)
    {
        var definition = catalog.Latest(definitionId);
        EnsureNoPendingWork();
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var instance = await StartCoreAsync(definition, correlationId, variables, actor, ct);
            await db.SaveChangesAsync(ct);
            if (owned is not null) await owned.CommitAsync(ct);
            return instance;
        }
        finally
        {
            if (owned is not null) await owned.DisposeAsync();
        }
    }

    /// <summary>
    /// Adds a new instance, with its first task, timer and journal lines, to the caller's unit of work
    /// without saving: for a caller whose own action starts the process (a complaint and its triage are
    /// one submission) and saves it all at once. The caller saves; the runtime saves nothing here.
    /// </summary>
    public Task<WorkflowInstance> StageStartAsync(string definitionId, string correlationId, JsonObject variables, WorkflowActor actor, CancellationToken ct) =>
        StartCoreAsync(catalog.Latest(definitionId), correlationId, variables, actor, ct);

    private async Task<WorkflowInstance> StartCoreAsync(WorkflowDefinition definition, string correlationId, JsonObject variables, WorkflowActor actor, CancellationToken ct)
    {
        var instance = new WorkflowInstance
        {
            DefinitionId = definition.Id, DefinitionVersion = definition.Version, CorrelationId = correlationId,
            Variables = WorkflowJson.Write(variables), StartedAt = Now,
        };
        db.Add(instance);
        Journal(instance, JournalKinds.Started, null, actor, data: new JsonObject { ["definition"] = definition.Key });
        await EnterAsync(instance, definition, definition.Start, actor, ct);
        return instance;
    }

    /// <summary>Runs automatic steps until the instance waits on a task or timer, or ends.</summary>
    private async Task EnterAsync(WorkflowInstance instance, WorkflowDefinition definition, string stepId, WorkflowActor actor, CancellationToken ct)
    {
        for (var guard = 0; guard < MaxAutomaticSteps; guard++)
        {
            if (stepId == DefinitionValidator.Resume)
            {
                stepId = instance.ResumeStepId ?? throw new InvalidOperationException($"Instance {instance.Id} has nowhere to resume.");
                instance.ResumeStepId = null;
            }
            var step = definition.Step(stepId) ?? throw new InvalidOperationException($"{definition.Key} has no step '{stepId}'.");
            instance.CurrentStepId = step.Id;
            Journal(instance, JournalKinds.Entered, step.Id, actor);
            var context = new WorkflowContext(instance, definition, actor, Now);
            await hooks.OnStepEnteredAsync(context, step, ct);
            if (step.Record is { } record) await hooks.OnRecordAsync(context, step, record, [], ct);
            switch (step.Type)
            {
                case StepTypes.Task:
                    CreateTask(instance, step, actor);
                    return;
                case StepTypes.Timer:
                    db.Add(new WorkflowTimer { Instance = instance, InstanceId = instance.Id, Kind = TimerKinds.Timer, StepId = step.Id, DueAt = calendar.DueAt(Now, step.Duration!) });
                    return;
                case StepTypes.Decision:
                    var (next, why) = Decide(step, VariablesOf(instance));
                    Journal(instance, JournalKinds.Decided, step.Id, actor, outcome: next, comment: why);
                    stepId = next;
                    continue;
                case StepTypes.Handoff:
                    var agency = step.AgencyFrom is { } from ? VariablesOf(instance)[from]?.GetValue<string>() ?? throw new InvalidOperationException($"{definition.Key}: variable '{from}' names no agency.") : step.Agency!;
                    await hooks.OnHandoffAsync(context, step, agency, ct);
                    Journal(instance, JournalKinds.Handoff, step.Id, actor, outcome: agency);
                    stepId = step.To!;
                    continue;
                case StepTypes.Notify:
                    await hooks.OnNotifyAsync(context, step, step.Template!, step.Recipient, ct);
                    Journal(instance, JournalKinds.Notified, step.Id, actor, outcome: step.Template);
                    stepId = step.To!;
                    continue;
                default: // end
                    instance.Status = InstanceStatuses.Completed;
                    instance.CompletedAt = Now;
                    instance.Result = step.Result ?? step.Id;
                    Journal(instance, JournalKinds.Completed, step.Id, actor, outcome: instance.Result);
                    if (step.ContinueWith is { } nextProcess)
                        await StartCoreAsync(catalog.Latest(nextProcess), instance.CorrelationId, VariablesOf(instance), actor, ct);
                    return;
            }
        }
        throw new InvalidOperationException($"{definition.Key}: more than {MaxAutomaticSteps} automatic steps in a row; the definition loops.");
    }

    /// <summary>Adds the task and, when its step has a deadline, the deadline's timer; both are saved with the action.</summary>
    private void CreateTask(WorkflowInstance instance, StepDefinition step, WorkflowActor actor)
    {
        var a = step.Assignee!;
        var variables = VariablesOf(instance);
        var task = new WorkflowTask
        {
            Instance = instance, InstanceId = instance.Id, StepId = step.Id, CreatedAt = Now, Role = a.Role, Team = a.Team, AssignedUser = a.User,
            Agency = a.AgencyFrom is { } from ? variables[from]?.GetValue<string>() : a.Agency,
        };
        if (step.Deadline is { } deadline)
        {
            var flagged = deadline.Flag is { } flag && variables[flag] is JsonValue v && v.TryGetValue<bool>(out var on) && on;
            task.DueAt = calendar.DueAt(DeadlineStart(deadline, variables), flagged ? deadline.IfFlagDuration! : deadline.Duration);
            AddDeadlineTimer(instance, task);
        }
        db.Add(task);
        instance.Revision++;
        Journal(instance, JournalKinds.TaskCreated, step.Id, actor, data: new JsonObject { ["agency"] = task.Agency, ["role"] = task.Role, ["dueAt"] = task.DueAt });
    }

    /// <summary>Now, or the start of the Vietnam calendar day a "from" variable holds (the period then runs from the day after it).</summary>
    private DateTime DeadlineStart(DeadlineDefinition deadline, JsonObject variables) =>
        deadline.From is { } from && variables[from] is JsonValue v && v.TryGetValue<string>(out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            ? calendar.EndOfDayUtc(day.AddDays(-1))
            : Now;

    private void AddDeadlineTimer(WorkflowInstance instance, WorkflowTask task) =>
        db.Add(new WorkflowTimer { Instance = instance, InstanceId = instance.Id, ForTask = task, TaskId = task.Id, Kind = TimerKinds.Deadline, StepId = task.StepId, DueAt = task.DueAt!.Value });

    internal static (string Next, string Why) Decide(StepDefinition step, JsonObject vars)
    {
        foreach (var rule in step.Rules)
        {
            var value = vars[rule.When];
            var text = value?.ToString();
            var matches =
                (rule.EqualsValue is not null && text == rule.EqualsValue) ||
                (rule.In.Count > 0 && text is not null && rule.In.Contains(text)) ||
                (rule.IsTrue is { } t && value is JsonValue jv && jv.TryGetValue<bool>(out var b) && b == t) ||
                (rule.GreaterThan is { } gt && value is JsonValue nv && nv.TryGetValue<long>(out var n) && n > gt);
            if (matches) return (rule.To, $"{rule.When} = {text}");
        }
        return (step.Otherwise ?? throw new InvalidOperationException($"Decision '{step.Id}' matched no rule and has no 'otherwise'."), "otherwise");
    }

    /// <summary>The case variables of an instance.</summary>
    public static JsonObject VariablesOf(WorkflowInstance i) => JsonNode.Parse(i.Variables)!.AsObject();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Journal(WorkflowInstance instance, string kind, string? step, WorkflowActor actor, string? outcome = null, string? comment = null, JsonObject? data = null) =>
        db.Add(new WorkflowJournalEntry
        {
            Instance = instance, InstanceId = instance.Id, At = Now, Kind = kind, StepId = step, Actor = actor.User,
            Outcome = outcome, Comment = comment, Data = data is null ? null : WorkflowJson.Write(data),
        });

    /// <summary>The runtime saves only its own work: a caller with unsaved changes must save them first.</summary>
    private void EnsureNoPendingWork()
    {
        if (db.ChangeTracker.HasChanges())
            throw new InvalidOperationException("The workflow runtime saves only its own work: save the application's pending changes before calling it.");
    }
}
