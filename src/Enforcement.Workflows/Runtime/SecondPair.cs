using Enforcement.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Who may not complete or be given the task: whoever last completed its step's <see cref="StepDefinition.NotBy"/> step in the
    /// same instance (e.g. the proposer of a decision to approve); null when the step declares none or that step was never completed.
    /// </summary>
    public static Task<string?> ExcludedUserAsync(DbContext db, StepDefinition step, WorkflowTask task, CancellationToken ct) =>
        step.NotBy is not { } other
            ? Task.FromResult<string?>(null)
            : db.Set<WorkflowTask>().AsNoTracking()
                .Where(t => t.InstanceId == task.InstanceId && t.StepId == other && t.Status == TaskStatuses.Completed)
                .OrderByDescending(t => t.Id).Select(t => t.CompletedBy).FirstOrDefaultAsync(ct);

    /// <summary><see cref="CanWork"/>, and not the user the step's notBy excludes: what a page shows buttons for.</summary>
    public static async Task<bool> CanCompleteAsync(DbContext db, StepDefinition step, WorkflowTask task, WorkflowActor actor, CancellationToken ct) =>
        CanWork(task, actor) && await ExcludedUserAsync(db, step, task, ct) != actor.User;

    /// <summary>The work a task reviews: the journal line of its step's notBy step's last completion (who, when, the values entered).</summary>
    public static Task<WorkflowJournalEntry?> ReviewedAsync(DbContext db, StepDefinition step, long instanceId, CancellationToken ct) =>
        step.NotBy is not { } other
            ? Task.FromResult<WorkflowJournalEntry?>(null)
            : db.Set<WorkflowJournalEntry>().AsNoTracking()
                .Where(j => j.InstanceId == instanceId && j.Kind == JournalKinds.TaskCompleted && j.StepId == other)
                .OrderByDescending(j => j.Id).FirstOrDefaultAsync(ct);
}
