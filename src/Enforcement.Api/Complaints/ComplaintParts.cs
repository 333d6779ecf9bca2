namespace Enforcement.Api.Complaints;

/// <summary>A marketplace or web link the complainant wants captured as evidence.</summary>
internal sealed class ComplaintListingUrl
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public int Position { get; set; }
    public required string Url { get; set; }
}

/// <summary>A photo, receipt or PDF sent with the complaint. Bytes live in <see cref="AttachmentContent"/>.</summary>
internal sealed class ComplaintAttachment
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public required string FileName { get; set; }

    /// <summary>Type detected from the file's bytes, never from its name.</summary>
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    public DateTime ReceivedAt { get; set; }
    public AttachmentContent? Content { get; set; }
}

/// <summary>Mapped for the schema only: the bytes are written and read as streams by <see cref="AttachmentStore"/>.</summary>
internal sealed class AttachmentContent
{
    public long AttachmentId { get; set; }
    public required byte[] Bytes { get; set; }
}

/// <summary>One entry of the public status history.</summary>
internal sealed class ComplaintStatusChange
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public required string Status { get; set; }
    public DateTime At { get; set; }

    /// <summary>Shown to the complainant, e.g. the reason for a rejection.</summary>
    public string? PublicNote { get; set; }
}

/// <summary>A complaint handed to an agency outside QLTT. Its liaisons see it from <see cref="GrantedAt"/>.</summary>
internal sealed class ComplaintAgencyGrant
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public int AgencyId { get; set; }
    public DateTime GrantedAt { get; set; }
    public required string Reason { get; set; }
}

/// <summary>Per-year counter behind tracking codes.</summary>
internal sealed class TrackingCounter
{
    public int Year { get; set; }
    public long LastValue { get; set; }
}

/// <summary>Remembers a submission's first answer so a retry with the same Idempotency-Key gets it again.</summary>
internal sealed class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string RequestHash { get; set; }
    public long ComplaintId { get; set; }

    /// <summary>The first response, protected with ASP.NET Core Data Protection (it holds the access key).</summary>
    public required string ProtectedResponse { get; set; }
    public DateTime CreatedAt { get; set; }
}
