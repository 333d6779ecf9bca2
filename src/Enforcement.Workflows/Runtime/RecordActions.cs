using System.Text.Json.Nodes;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>The application's objections to a declared record, as an <see cref="WorkflowResult.Invalid"/>; null when there are none.</summary>
    private async Task<WorkflowResult?> CheckRecordAsync(WorkflowInstance instance, WorkflowDefinition definition, StepDefinition step, string? record,
        JsonObject values, WorkflowActor actor, CancellationToken ct)
    {
        if (record is null) return null;
        var errors = await hooks.CheckRecordAsync(new WorkflowContext(instance, definition, actor, Now), step, record, values, ct);
        return errors.Count > 0 ? new WorkflowResult.Invalid(errors) : null;
    }
}
