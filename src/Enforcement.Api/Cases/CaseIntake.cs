using System.Text.Json.Nodes;
using Enforcement.Api.Complaints;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases;

/// <summary>Every accepted complaint becomes work: a triage process, started in the submission's transaction.</summary>
internal sealed class CaseIntake(WorkflowRuntime runtime)
{
    public const string FirstProcess = "triage";

    public Task StartAsync(Complaint complaint, CancellationToken ct) =>
        runtime.StartAsync(FirstProcess, complaint.TrackingCode, new JsonObject
        {
            ["category"] = complaint.Category,
            ["wardCode"] = complaint.WardCode,
            ["amountVnd"] = complaint.PurchaseAmountVnd,
            ["anonymous"] = complaint.Anonymous,
        }, WorkflowActor.System, ct);
}
