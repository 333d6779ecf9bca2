namespace Enforcement.Api.Complaints;

/// <summary>
/// The longest each text of a complaint may be: one declaration read by the validator, the database
/// columns (EF configuration and schema) and the form's maxlength, so the three cannot disagree.
/// </summary>
internal static class ComplaintLimits
{
    public const int Description = 5000;
    public const int FullName = 200;
    public const int Phone = 20;
    public const int Email = 254;
    public const int Address = 500;
    public const int BusinessName = 300;
    public const int BusinessAddress = 500;
    public const int Url = 2048;
    public const int ProductName = 300;
    public const int Brand = 200;
    public const int QrCode = 500;

    /// <summary>By the field's name in the API and the form.</summary>
    public static readonly IReadOnlyDictionary<string, int> ByField = new Dictionary<string, int>
    {
        ["description"] = Description,
        ["complainant.fullName"] = FullName, ["complainant.phone"] = Phone, ["complainant.email"] = Email, ["complainant.address"] = Address,
        ["business.name"] = BusinessName, ["business.address"] = BusinessAddress, ["business.website"] = Url, ["business.shopUrl"] = Url,
        ["product.name"] = ProductName, ["product.brand"] = Brand, ["product.qrCode"] = QrCode,
    };
}
