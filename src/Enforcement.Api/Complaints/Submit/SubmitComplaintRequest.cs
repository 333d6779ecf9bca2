namespace Enforcement.Api.Complaints.Submit;

/// <summary>A complaint as a consumer sends it, by JSON or by the web form (same field names).</summary>
public sealed class SubmitComplaintRequest
{
    /// <summary>counterfeit, smuggled, unknown_origin, ip_infringement, food_safety, price_fraud, ecommerce_fraud, consumer_dispute or other.</summary>
    public string? Category { get; set; }
    public string? Description { get; set; }

    /// <summary>Allowed for violation tips, not for a consumer dispute. Contact details are then not stored.</summary>
    public bool Anonymous { get; set; }
    public ContactInput? Complainant { get; set; }
    public BusinessInput? Business { get; set; }
    public ProductInput? Product { get; set; }
    public LocationInput? Location { get; set; }
    public PurchaseInput? Purchase { get; set; }
    public List<string>? ListingUrls { get; set; }
    public bool ConsentToProcessing { get; set; }
}

public sealed class ContactInput
{
    public string? FullName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
}

public sealed class BusinessInput
{
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Website { get; set; }

    /// <summary>shopee, lazada, tiki, tiktok_shop, facebook, sendo or other.</summary>
    public string? Platform { get; set; }
    public string? ShopUrl { get; set; }
}

public sealed class ProductInput
{
    public string? Name { get; set; }
    public string? Brand { get; set; }
    public string? QrCode { get; set; }
}

/// <summary>General Statistics Office codes: province (2 digits) and commune/ward (5 digits).</summary>
public sealed class LocationInput
{
    public string? Province { get; set; }
    public string? Ward { get; set; }
}

public sealed class PurchaseInput
{
    /// <summary>yyyy-MM-dd.</summary>
    public string? Date { get; set; }
    public long? AmountVnd { get; set; }
}

/// <summary>
/// An uploaded file, inspected but not held in memory: <see cref="ContentType"/> is detected from its first bytes
/// (null when not an accepted type), <see cref="Sha256"/> is lowercase hex, and <see cref="OpenRead"/> reads it again.
/// </summary>
/// <see cref="ActiveContent"/> names what would act when the file is opened (a PDF's JavaScript, HTML in an image), if any.
internal sealed record IncomingFile(string FileName, long Length, string? ContentType, string Sha256, Func<Stream> OpenRead, string? ActiveContent = null);

/// <summary>The answer to a successful submission.</summary>
public sealed record SubmitComplaintResponse(string TrackingCode, string AccessKey, string Status, DateTime SubmittedAt, string StatusUrl);
