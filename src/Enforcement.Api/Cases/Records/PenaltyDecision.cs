namespace Enforcement.Api.Cases.Records;

/// <summary>A penalty decision (quyết định xử phạt vi phạm hành chính) for one violation record.</summary>
internal sealed class PenaltyDecision
{
    public long Id { get; set; }
    public long ViolationRecordId { get; set; }
    public long ComplaintId { get; set; }
    public required string TrackingCode { get; set; }
    public long InstanceId { get; set; }
    public required string DecisionNumber { get; set; }

    /// <summary>The decision's legal date: reports count it (and its fine) in this date's month.</summary>
    public DateOnly DecisionDate { get; set; }

    /// <summary>When the violator received it: the 10 days to pay run from here (Law on Handling Administrative Violations, Art. 73).</summary>
    public DateOnly ReceivedDate { get; set; }

    /// <summary>The fine, within the violation's range (doubled for an organisation); 0 for a warning.</summary>
    public long FineVnd { get; set; }

    /// <summary>Additional measures (hình thức xử phạt bổ sung): confiscation, destruction, removal of the listing.</summary>
    public bool Confiscation { get; set; }
    public bool Destruction { get; set; }
    public bool ListingRemoval { get; set; }

    /// <summary>Remedial measures (biện pháp khắc phục hậu quả) as codes, comma-separated.</summary>
    public string? RemedialMeasures { get; set; }
    public required string IssuedBy { get; set; }
    public DateTime IssuedAt { get; set; }
}

/// <summary>The fine collected under a penalty decision (thu tiền phạt): amount and the day it was paid.</summary>
internal sealed class FineCollection
{
    public long Id { get; set; }
    public long PenaltyDecisionId { get; set; }
    public long ComplaintId { get; set; }
    public required string TrackingCode { get; set; }
    public long AmountVnd { get; set; }

    /// <summary>The day the fine was paid: reports count the amount in this date's month.</summary>
    public DateOnly CollectedDate { get; set; }
    public string? ReceiptNumber { get; set; }
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}
