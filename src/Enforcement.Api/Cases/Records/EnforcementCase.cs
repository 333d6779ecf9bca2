namespace Enforcement.Api.Cases.Records;

/// <summary>An enforcement case (vụ việc) as reports count it: opened when triage routes a complaint to QLTT, closed at its end.</summary>
internal sealed class EnforcementCase
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public required string TrackingCode { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>The end step's result (closed, unfounded, no_violation, criminal…).</summary>
    public string? Result { get; set; }
    public string? ProvinceCode { get; set; }
    public string? WardCode { get; set; }
}

/// <summary>How and when a complaint was settled for the complainant: resolved or rejected, on time or late.</summary>
internal sealed class ComplaintResolution
{
    public long ComplaintId { get; set; }
    public required string TrackingCode { get; set; }

    /// <summary>The complaint's public status at the end: <c>resolved</c> or <c>rejected</c>.</summary>
    public required string Status { get; set; }
    public DateTime ResolvedAt { get; set; }

    /// <summary>Every task of the complaint's processes was done by its statutory deadline (extensions included).</summary>
    public bool OnTime { get; set; }

    /// <summary>Calendar days from submission to resolution.</summary>
    public double Days { get; set; }

    /// <summary>The reason the complainant was given (a rejection's reason), if any.</summary>
    public string? Reason { get; set; }
}

/// <summary>The record kinds a workflow step or outcome may declare (<c>"record"</c>); the hook writes the matching row.</summary>
internal static class RecordKinds
{
    public const string CaseOpened = "case_opened";
    public const string CaseClosed = "case_closed";
    public const string ViolationRecord = "violation_record";
    public const string PenaltyDecision = "penalty_decision";

    /// <summary>A proposed decision: checked like a decision, written nowhere until it is approved.</summary>
    public const string PenaltyProposal = "penalty_proposal";

    /// <summary>The approval of the proposal the task reviews (its notBy step): the decision is written now.</summary>
    public const string PenaltyApproved = "penalty_approved";
    public const string FineCollected = "fine_collected";
    public const string HandoffAccepted = "handoff_accepted";
    public const string HandoffReturned = "handoff_returned";
    public const string MediationSucceeded = "mediation_succeeded";
    public const string MediationFailed = "mediation_failed";
    public static readonly IReadOnlyList<string> All =
        [CaseOpened, CaseClosed, ViolationRecord, PenaltyDecision, PenaltyProposal, PenaltyApproved, FineCollected, HandoffAccepted, HandoffReturned, MediationSucceeded, MediationFailed];
}
