namespace Enforcement.Api.Complaints;

/// <summary>A consumer complaint or violation tip (đơn khiếu nại / tin báo vi phạm).</summary>
internal sealed class Complaint
{
    public long Id { get; set; }

    /// <summary>Readable public code, e.g. PA-2026-000123 (mã tra cứu).</summary>
    public required string TrackingCode { get; set; }

    /// <summary>SHA-256 of the access key; the key itself is only ever shown to the complainant.</summary>
    public required string AccessKeyHash { get; set; }

    public required string Category { get; set; }
    public required string Description { get; set; }
    public bool Anonymous { get; set; }
    public ContactDetails Complainant { get; set; } = new();
    public BusinessDetails Business { get; set; } = new();
    public ProductDetails Product { get; set; } = new();
    public required string ProvinceCode { get; set; }
    public required string WardCode { get; set; }
    public DateOnly? PurchaseDate { get; set; }
    public long? PurchaseAmountVnd { get; set; }

    /// <summary>When consent to personal data processing was given, and which text was shown.</summary>
    public DateTime ConsentGivenAt { get; set; }
    public required string ConsentTextVersion { get; set; }

    public required string Status { get; set; }
    public required string Channel { get; set; }
    public DateTime SubmittedAt { get; set; }
    public DateTime StatusChangedAt { get; set; }

    /// <summary>Folded text that free-text search matches (Finding/ComplaintSearchText); set on write.</summary>
    public string? SearchText { get; set; }

    /// <summary>The folded business name and the normalized shop URL that tie repeat complaints about one business.</summary>
    public string? BusinessKey { get; set; }
    public string? ShopKey { get; set; }

    public List<ComplaintListingUrl> ListingUrls { get; set; } = [];
    public List<ComplaintAttachment> Attachments { get; set; } = [];
    public List<ComplaintStatusChange> History { get; set; } = [];
    public List<ComplaintAgencyGrant> AgencyGrants { get; set; } = [];
}

internal sealed class ContactDetails
{
    public string? FullName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
}

internal sealed class BusinessDetails
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Website { get; set; }
    public string? Platform { get; set; }
    public string? ShopUrl { get; set; }
}

internal sealed class ProductDetails
{
    public string? Name { get; set; }
    public string? Brand { get; set; }

    /// <summary>QR / traceability code printed on the product (mã truy xuất nguồn gốc).</summary>
    public string? QrCode { get; set; }
}
