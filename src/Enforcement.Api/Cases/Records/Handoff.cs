namespace Enforcement.Api.Cases.Records;

/// <summary>
/// A case handed to another agency (chuyển hồ sơ): the police, the consumer association or another department,
/// and what the receiver answered. Written by the handoff hook; the answer by outcomes that declare a record.
/// </summary>
internal sealed class Handoff
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public required string TrackingCode { get; set; }
    /// <summary>The process that handed over; none for history loaded from before the system (the demo's past years).</summary>
    public long? InstanceId { get; set; }

    /// <summary>Set as a reference, because a process started in the same action has no id yet.</summary>
    public Enforcement.Workflows.Runtime.WorkflowInstance? Instance { get; set; }
    public required string AgencyCode { get; set; }

    /// <summary>The receiving agency's kind (police, consumer_association, …) at the time of the handoff.</summary>
    public required string AgencyKind { get; set; }
    public DateTime HandedAt { get; set; }
    public required string HandedBy { get; set; }

    /// <summary>One of <see cref="HandoffStatuses"/>.</summary>
    public string Status { get; set; } = HandoffStatuses.Pending;
    public DateTime? AnsweredAt { get; set; }
    public string? AnsweredBy { get; set; }

    /// <summary>The receiver's reference (e.g. the criminal case number) or the reason it gave back the file.</summary>
    public string? Outcome { get; set; }
}

internal static class HandoffStatuses
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Returned = "returned";
    /// <summary>Mediation (hòa giải) reached an agreement.</summary>
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
