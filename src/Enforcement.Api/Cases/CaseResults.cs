using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Cases;

public sealed record ActionResponse(long InstanceId, string Process, string Status, string? CurrentStep, string CaseCode);

/// <summary>Runtime results as HTTP answers: 400 with field messages, 403, 404, or 409 listing what is allowed.</summary>
internal static class CaseResults
{
    public static Results<Ok<ActionResponse>, ValidationProblem, ProblemHttpResult> From(WorkflowResult result) => result switch
    {
        WorkflowResult.Ok ok => TypedResults.Ok(new ActionResponse(ok.Instance.Id, ok.Instance.DefinitionId, ok.Instance.Status, ok.Instance.CurrentStepId, ok.Instance.CorrelationId)),
        WorkflowResult.Invalid invalid => Problems.Validation(WorkflowText.Errors(invalid.Errors)),
        WorkflowResult.Forbidden forbidden => TypedResults.Problem(WorkflowText.Reason(forbidden.Reason), statusCode: StatusCodes.Status403Forbidden, title: Text.Get("error.forbidden")),
        WorkflowResult.Conflict conflict => Conflict(conflict),
        _ => Problems.NotFound("workflow.error.taskNotFound"),
    };

    private static ProblemHttpResult Conflict(WorkflowResult.Conflict conflict)
    {
        var extensions = new Dictionary<string, object?> { ["reason"] = conflict.Reason };
        if (conflict.Allowed.Count > 0) extensions["allowed"] = conflict.Allowed;
        var detail = WorkflowText.Reason(conflict.Reason) + (conflict.Allowed.Count > 0 ? " " + Text.Format("workflow.allowed", string.Join(", ", conflict.Allowed)) : "");
        return TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: WorkflowText.Reason(conflict.Reason), extensions: extensions);
    }
}
