using System.Text.Json.Nodes;
using Enforcement.Api.Complaints;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases;

/// <summary>Every accepted complaint becomes work: a triage process, saved with the complaint in one SaveChanges.</summary>
internal sealed class CaseIntake(WorkflowRuntime runtime)
{
    public const string FirstProcess = "triage";

    /// <summary>Stages the triage in the submission's unit of work; the caller saves both at once.</summary>
    public Task StageAsync(Complaint complaint, CancellationToken ct) => runtime.StageStartAsync(FirstProcess, complaint.TrackingCode, Variables(complaint), WorkflowActor.System, ct);

    /// <summary>Starts and saves the triage of a complaint saved earlier (complaints accepted before the runtime existed).</summary>
    public Task StartAsync(Complaint complaint, CancellationToken ct) => runtime.StartAsync(FirstProcess, complaint.TrackingCode, Variables(complaint), WorkflowActor.System, ct);

    private static JsonObject Variables(Complaint complaint) => new()
    {
        ["category"] = complaint.Category,
        ["wardCode"] = complaint.WardCode,
        ["amountVnd"] = complaint.PurchaseAmountVnd,
        ["anonymous"] = complaint.Anonymous,
    };
}
