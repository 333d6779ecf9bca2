using System.Text.Json;
using System.Text.Json.Nodes;
using Enforcement.Workflows.Calendar;
using Enforcement.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Runtime;

/// <summary>
/// Moves instances through their definitions. Every change and its journal lines are saved in one
/// transaction (the caller's, if one is open), so a case is never half-moved.
/// </summary>
public sealed partial class WorkflowRuntime(DbContext db, DefinitionCatalog catalog, WorkingCalendar calendar, IWorkflowHooks hooks, TimeProvider clock)
{
    private const int MaxAutomaticSteps = 100;

    public DefinitionCatalog Catalog => catalog;
    public WorkingCalendar Calendar => calendar;

    public async Task<WorkflowInstance> StartAsync(string definitionId, string correlationId, JsonObject variables, WorkflowActor actor, CancellationToken ct)
    {
        var definition = catalog.Latest(definitionId);
        return await InTransactionAsync(async () =>
        {
            var instance = await StartCoreAsync(definition, correlationId, variables, actor, ct);
            await db.SaveChangesAsync(ct);
            return instance;
        }, ct);
    }

    private async Task<WorkflowInstance> StartCoreAsync(WorkflowDefinition definition, string correlationId, JsonObject variables, WorkflowActor actor, CancellationToken ct)
    {
        var now = Now;
        var instance = new WorkflowInstance
        {
            DefinitionId = definition.Id, DefinitionVersion = definition.Version, CorrelationId = correlationId,
            Variables = variables.ToJsonString(), StartedAt = now,
        };
        db.Add(instance);
        await db.SaveChangesAsync(ct); // the id is needed by the rows that follow
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
            switch (step.Type)
            {
                case StepTypes.Task:
                    CreateTask(instance, step, actor);
                    return;
                case StepTypes.Timer:
                    db.Add(new WorkflowTimer { InstanceId = instance.Id, Kind = TimerKinds.Timer, StepId = step.Id, DueAt = calendar.DueAt(Now, step.Duration!) });
                    return;
                case StepTypes.Decision:
                    var (next, why) = Decide(step, Variables(instance));
                    Journal(instance, JournalKinds.Decided, step.Id, actor, outcome: next, comment: why);
                    stepId = next;
                    continue;
                case StepTypes.Handoff:
                    var agency = step.AgencyFrom is { } from ? Variables(instance)[from]?.GetValue<string>() ?? throw new InvalidOperationException($"{definition.Key}: variable '{from}' names no agency.") : step.Agency!;
                    await hooks.OnHandoffAsync(context, agency, ct);
                    Journal(instance, JournalKinds.Handoff, step.Id, actor, outcome: agency);
                    stepId = step.To!;
                    continue;
                case StepTypes.Notify:
                    await hooks.OnNotifyAsync(context, step.Template!, step.Recipient, ct);
                    Journal(instance, JournalKinds.Notified, step.Id, actor, outcome: step.Template);
                    stepId = step.To!;
                    continue;
                default: // end
                    instance.Status = InstanceStatuses.Completed;
                    instance.CompletedAt = Now;
                    instance.Result = step.Result ?? step.Id;
                    Journal(instance, JournalKinds.Completed, step.Id, actor, outcome: instance.Result);
                    if (step.ContinueWith is { } nextProcess)
                        await StartCoreAsync(catalog.Latest(nextProcess), instance.CorrelationId, Variables(instance), actor, ct);
                    return;
            }
        }
        throw new InvalidOperationException($"{definition.Key}: more than {MaxAutomaticSteps} automatic steps in a row; the definition loops.");
    }

    private void CreateTask(WorkflowInstance instance, StepDefinition step, WorkflowActor actor)
    {
        var a = step.Assignee!;
        var variables = Variables(instance);
        var task = new WorkflowTask
        {
            InstanceId = instance.Id, StepId = step.Id, CreatedAt = Now, Role = a.Role, Team = a.Team, AssignedUser = a.User,
            Agency = a.AgencyFrom is { } from ? variables[from]?.GetValue<string>() : a.Agency,
        };
        if (step.Deadline is { } deadline)
        {
            var flagged = deadline.Flag is { } flag && variables[flag] is JsonValue v && v.TryGetValue<bool>(out var on) && on;
            task.DueAt = calendar.DueAt(Now, flagged ? deadline.IfFlagDuration! : deadline.Duration);
        }
        db.Add(task);
        instance.Revision++;
        PendingTasks.Add((instance, task));
        Journal(instance, JournalKinds.TaskCreated, step.Id, actor, data: new JsonObject { ["agency"] = task.Agency, ["role"] = task.Role, ["dueAt"] = task.DueAt });
    }

    /// <summary>Tasks created in this unit of work whose deadline timers are added once they have an id.</summary>
    private List<(WorkflowInstance Instance, WorkflowTask Task)> PendingTasks { get; } = [];

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

    internal static JsonObject Variables(WorkflowInstance i) => JsonNode.Parse(i.Variables)!.AsObject();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private void Journal(WorkflowInstance instance, string kind, string? step, WorkflowActor actor, string? outcome = null, string? comment = null, JsonObject? data = null) =>
        db.Add(new WorkflowJournalEntry
        {
            InstanceId = instance.Id, At = Now, Kind = kind, StepId = step, Actor = actor.User,
            Outcome = outcome, Comment = comment, Data = data?.ToJsonString(),
        });

    /// <summary>Saves, then gives new tasks with deadlines their deadline timers.</summary>
    private async Task SaveAsync(CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        if (PendingTasks.Count == 0) return;
        foreach (var (instance, task) in PendingTasks.Where(p => p.Task.DueAt is not null))
            db.Add(new WorkflowTimer { InstanceId = instance.Id, TaskId = task.Id, Kind = TimerKinds.Deadline, StepId = task.StepId, DueAt = task.DueAt!.Value });
        PendingTasks.Clear();
        await db.SaveChangesAsync(ct);
    }

    private async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var inner = await work();
            await SaveAsync(ct);
            return inner;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await work();
        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }

    internal static string Serialize(JsonObject o) => o.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
