namespace Enforcement.Api.Complaints.Staff;

/// <summary>A row of the staff complaint list.</summary>
public sealed class ComplaintListItem
{
    public required string TrackingCode { get; init; }
    public required string Category { get; init; }
    public required string Status { get; init; }
    public required string ProvinceCode { get; init; }
    public required string WardCode { get; init; }
    public string? WardName { get; init; }
    public string? BusinessName { get; init; }
    public string? ProductName { get; init; }
    public bool Anonymous { get; init; }
    public int AttachmentCount { get; init; }
    public DateTime SubmittedAt { get; init; }

    /// <summary>The earliest due date among the complaint's open tasks (what sort=deadline orders by).</summary>
    public DateTime? NextDueAt { get; init; }
}

/// <summary>A page of the list; <see cref="TotalCapped"/> says the total stopped counting at the limit ("1,000+").</summary>
public sealed record ComplaintPage(IReadOnlyList<ComplaintListItem> Items, int Page, int PageSize, int Total, bool TotalCapped = false);

/// <summary>
/// Everything staff who handle a complaint may see. Another agency's liaison gets the complainant's contact only when a
/// handoff to it shared it (<see cref="ContactWithheld"/> otherwise).
/// </summary>
public sealed record ComplaintDetail
{
    public required string TrackingCode { get; init; }
    public required string Category { get; init; }
    public required string Status { get; init; }
    public required string Description { get; init; }
    public bool Anonymous { get; init; }
    public string? ComplainantFullName { get; init; }
    public string? ComplainantPhone { get; init; }
    public string? ComplainantEmail { get; init; }
    public string? ComplainantAddress { get; init; }
    public string? BusinessName { get; init; }
    public string? BusinessAddress { get; init; }
    public string? BusinessWebsite { get; init; }
    public string? BusinessPlatform { get; init; }
    public string? BusinessShopUrl { get; init; }
    public string? ProductName { get; init; }
    public string? ProductBrand { get; init; }
    public string? ProductQrCode { get; init; }
    public required string ProvinceCode { get; init; }
    public required string WardCode { get; init; }
    public DateOnly? PurchaseDate { get; init; }
    public long? PurchaseAmountVnd { get; init; }
    public DateTime ConsentGivenAt { get; init; }
    public required string ConsentTextVersion { get; init; }
    public required string Channel { get; init; }
    public DateTime SubmittedAt { get; init; }
    public List<string> ListingUrls { get; init; } = [];
    public List<AttachmentInfo> Attachments { get; init; } = [];
    public List<StatusChangeInfo> History { get; init; } = [];

    /// <summary>Other complaints the caller may see about the same business (same name or shop address), with the list's link.</summary>
    public Finding.RelatedComplaintsInfo? RelatedComplaints { get; set; }

    /// <summary>The complainant's name, phone, email and address were left out: no handoff shared them with the reader's agency.</summary>
    public bool ContactWithheld { get; init; }

    /// <summary>A record (for <c>with</c>), but never printed with the complainant's details, e.g. into a log.</summary>
    public override string ToString() => TrackingCode;
}

public sealed class AttachmentInfo
{
    public long Id { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public long SizeBytes { get; init; }
    public required string Sha256 { get; init; }
}

public sealed class StatusChangeInfo
{
    public required string Status { get; init; }
    public DateTime At { get; init; }
    public string? PublicNote { get; init; }
}
