namespace Enforcement.Api.Evidence;

/// <summary>
/// One capture of a web page for a case (chứng cứ điện tử): a queued request until the worker has it, then
/// a signed, write-once record. Once its manifest is set the database refuses any change to it.
/// </summary>
internal sealed class EvidenceCapture
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public Complaints.Complaint? Complaint { get; set; }
    public required string RequestedUrl { get; set; }
    public required string Status { get; set; }
    public required string RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }

    /// <summary>The capture this one repeats, so a listing can be followed over time.</summary>
    public long? PreviousCaptureId { get; set; }

    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public string? FailureReason { get; set; }

    public DateTime? CompletedAt { get; set; }
    public string? FinalUrl { get; set; }

    /// <summary>The signed bytes, exactly; with the signature and an optional RFC 3161 token.</summary>
    public string? ManifestJson { get; set; }
    public string? ManifestSha256 { get; set; }
    public string? Signature { get; set; }
    public string? Timestamp { get; set; }
    public string? SigningKeyFingerprint { get; set; }

    /// <summary>Title, price, seller and shop found on the page, as JSON, for the listing search.</summary>
    public string? ListingJson { get; set; }

    public List<EvidenceArtifact> Artifacts { get; set; } = [];
}

internal static class CaptureStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
}
