namespace Enforcement.Api.Listings;

/// <summary>A perceptual or content hash of one of a listing's images (mã băm ảnh), for near-duplicate images.</summary>
internal sealed class ListingImageHash
{
    public long ListingId { get; set; }
    public required string Hash { get; set; }
}

/// <summary>The listing as it was seen at one time (lịch sử tin rao): written when it first appears and when price, title or status change.</summary>
internal sealed class ListingSnapshot
{
    public long Id { get; set; }
    public long ListingId { get; set; }
    public DateTime SeenAt { get; set; }
    public long? PriceVnd { get; set; }
    public required string Title { get; set; }
    public required string Status { get; set; }
    /// <summary>"import" or "capture".</summary>
    public required string Source { get; set; }
}

/// <summary>A listing tied to a case (vụ việc, addressed by its complaint's tracking code) or to an evidence capture.</summary>
internal sealed class ListingLink
{
    public long Id { get; set; }
    public long ListingId { get; set; }
    /// <summary>"complaint" or "evidence".</summary>
    public required string Kind { get; set; }
    public long? ComplaintId { get; set; }
    public Complaints.Complaint? Complaint { get; set; }
    public long? EvidenceCaptureId { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
}

internal static class ListingLinkKinds
{
    public const string Complaint = "complaint";
    public const string Evidence = "evidence";
}

/// <summary>
/// A listing whose search index entry is out of date (hàng đợi lập chỉ mục). Every write to a listing bumps
/// <see cref="Revision"/> in its own transaction; the indexer removes the row only if the revision it indexed is still the latest.
/// </summary>
internal sealed class ListingIndexQueueEntry
{
    public long ListingId { get; set; }
    public long Revision { get; set; }
    public DateTime EnqueuedAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}
