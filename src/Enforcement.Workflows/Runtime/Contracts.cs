using System.Text.Json.Nodes;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Workflows.Runtime;

/// <summary>Who acts. Codes only; the application decides what they mean.</summary>
public sealed record WorkflowActor(string User, string Role, string? Agency = null, string? Team = null)
{
    public static readonly WorkflowActor System = new("system", "system");
}

public abstract record WorkflowResult
{
    public sealed record Ok(WorkflowInstance Instance) : WorkflowResult;
    public sealed record NotFound : WorkflowResult;
    public sealed record Forbidden(string Reason) : WorkflowResult;

    /// <summary>
    /// Field → error codes (required, number, date, future_date, before_start, boolean, option, too_long, unknown_field, range, between,
    /// at_least, at_most), or the codes an
    /// application's <see cref="IWorkflowHooks.CheckRecordAsync"/> returns; a code may carry arguments after '|' ("fine_range|1000|2000").
    /// </summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : WorkflowResult;

    /// <summary>The action does not fit the task's current state; <see cref="Allowed"/> lists what would.</summary>
    public sealed record Conflict(string Reason, IReadOnlyList<string> Allowed) : WorkflowResult;
}

/// <summary>What the runtime asks of the application at handoffs, notifications and step changes.</summary>
/// <remarks>Hooks add their rows to the shared DbContext; the runtime saves them with the action. They must not save.</remarks>
public interface IWorkflowHooks
{
    /// <summary>Any step, including ends; its publicStatus and publicNote say what an outside party is told.</summary>
    Task OnStepEnteredAsync(WorkflowContext context, StepDefinition step, CancellationToken ct);

    /// <summary>A handoff step hands the case to <paramref name="agency"/>; the step's grant says what it may see.</summary>
    Task OnHandoffAsync(WorkflowContext context, StepDefinition step, string agency, CancellationToken ct);

    /// <summary>A notify step, or a runtime template such as <see cref="NotifyTemplates.DeadlineEscalation"/> (then <paramref name="step"/> is the late task's step).</summary>
    Task OnNotifyAsync(WorkflowContext context, StepDefinition step, string template, string? recipient, CancellationToken ct);

    /// <summary>
    /// An outcome or signal that declares a <paramref name="record"/> is about to complete with <paramref name="values"/> (already
    /// typed and set as case variables): field → error codes stop it, nothing is saved. Must not change anything.
    /// </summary>
    Task<IReadOnlyDictionary<string, string[]>> CheckRecordAsync(WorkflowContext context, StepDefinition step, string record, JsonObject values, CancellationToken ct) =>
        Task.FromResult<IReadOnlyDictionary<string, string[]>>(new Dictionary<string, string[]>());

    /// <summary>
    /// Stage the <paramref name="record"/>'s rows (no save): after a checked outcome or signal, before the next step; or when the
    /// process enters a step that declares a record (then <paramref name="values"/> is empty).
    /// </summary>
    Task OnRecordAsync(WorkflowContext context, StepDefinition step, string record, JsonObject values, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// The earliest local day a date field of the case may hold (e.g. the day the complaint arrived); null: the day the
    /// process started. Dates after today are refused too. Must not change anything.
    /// </summary>
    Task<DateOnly?> FirstDayAsync(WorkflowContext context, CancellationToken ct) => Task.FromResult<DateOnly?>(null);
}

public sealed record WorkflowContext(WorkflowInstance Instance, WorkflowDefinition Definition, WorkflowActor Actor, DateTime Now)
{
    /// <summary>The note a step declares, from a case variable or its fixed text, in the language asked for.</summary>
    public string? PublicNote(StepDefinition step, bool english) => step.PublicNote switch
    {
        { Variable: { } name } => WorkflowRuntime.VariablesOf(Instance)[name]?.ToString(),
        { Text: { } text } => english && text.TryGetValue("en", out var en) ? en : text.GetValueOrDefault("vi"),
        _ => null,
    };
}

public sealed class NoHooks : IWorkflowHooks
{
    public Task OnStepEnteredAsync(WorkflowContext context, StepDefinition step, CancellationToken ct) => Task.CompletedTask;
    public Task OnHandoffAsync(WorkflowContext context, StepDefinition step, string agency, CancellationToken ct) => Task.CompletedTask;
    public Task OnNotifyAsync(WorkflowContext context, StepDefinition step, string template, string? recipient, CancellationToken ct) => Task.CompletedTask;
}

public static class JournalKinds
{
    public const string Started = "started";
    public const string Entered = "entered";
    public const string TaskCreated = "task_created";
    public const string TaskCompleted = "task_completed";
    public const string TaskCancelled = "task_cancelled";
    public const string Assigned = "assigned";
    public const string Decided = "decided";
    public const string Handoff = "handoff";
    public const string Notified = "notified";
    public const string Signal = "signal";
    public const string TimerFired = "timer_fired";
    public const string DeadlineExpired = "deadline_expired";
    public const string Extended = "extended";
    public const string Migrated = "migrated";
    public const string Incident = "incident";
    public const string IncidentRetried = "incident_retried";
    public const string IncidentCancelled = "incident_cancelled";
    public const string Completed = "completed";
}
