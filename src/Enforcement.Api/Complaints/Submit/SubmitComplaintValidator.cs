using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Reference;

namespace Enforcement.Api.Complaints.Submit;

/// <summary>Checks a submission field by field; every message is keyed by the field's JSON path.</summary>
internal static partial class SubmitComplaintValidator
{
    public const int MaxFiles = 10;
    public const int MaxFileBytes = 10 * 1024 * 1024;
    public const int MaxUrls = 20;

    /// <summary>The rules for uploaded files, shared with a task outcome's files: count, name, size, type by the bytes, no active content.</summary>
    public static void Files(FieldErrors e, string field, IReadOnlyList<IncomingFile> files)
    {
        if (files.Count > MaxFiles) e.Add(field, Text.Format("error.tooManyFiles", MaxFiles));
        for (var i = 0; i < files.Count; i++)
        {
            var f = files[i];
            if (f.FileName.Any(char.IsControl)) e.Add($"{field}[{i}]", Text.Get("error.fileName"));
            else if (f.Length == 0) e.Add($"{field}[{i}]", Text.Format("error.fileEmpty", f.FileName));
            else if (f.Length > MaxFileBytes) e.Add($"{field}[{i}]", Text.Format("error.fileTooLarge", f.FileName, MaxFileBytes / 1024 / 1024));
            else if (f.ContentType is null) e.Add($"{field}[{i}]", Text.Format("error.fileType", f.FileName));
            else if (f.ActiveContent is not null) e.Add($"{field}[{i}]", Text.Format("error.fileActive", f.FileName));
        }
    }

    public static FieldErrors Validate(SubmitComplaintRequest r, IReadOnlyList<IncomingFile> files, AdministrativeUnits units, DateOnly today)
    {
        var e = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Category)) e.Required("category", "field.category");
        else if (!ComplaintCategories.All.Contains(r.Category)) e.Add("category", Text.Get("error.category"));
        // Spaces and invisible characters alone are no description.
        if (Infrastructure.TextRules.IsBlank(r.Description)) e.Required("description", "field.description");
        e.MaxLength("description", r.Description, ComplaintLimits.Description);

        var c = r.Complainant;
        if (r.Anonymous && r.Category == ComplaintCategories.ConsumerDispute) e.Add("anonymous", Text.Get("error.anonymousDispute"));
        if (!r.Anonymous)
        {
            if (string.IsNullOrWhiteSpace(c?.FullName)) e.Required("complainant.fullName", "field.fullName");
            if (string.IsNullOrWhiteSpace(c?.Phone) && string.IsNullOrWhiteSpace(c?.Email)) e.Add("complainant.phone", Text.Get("error.contactNeeded"));
            e.MaxLength("complainant.fullName", c?.FullName, ComplaintLimits.FullName);
            e.MaxLength("complainant.address", c?.Address, ComplaintLimits.Address);
            if (!string.IsNullOrWhiteSpace(c?.Phone) && !IsPhone(c.Phone)) e.Add("complainant.phone", Text.Get("error.phone"));
            if (!string.IsNullOrWhiteSpace(c?.Email) && !IsEmail(c.Email)) e.Add("complainant.email", Text.Get("error.email"));
        }

        var b = r.Business;
        e.MaxLength("business.name", b?.Name, ComplaintLimits.BusinessName);
        e.MaxLength("business.address", b?.Address, ComplaintLimits.BusinessAddress);
        e.Url("business.website", b?.Website);
        e.Url("business.shopUrl", b?.ShopUrl);
        if (!string.IsNullOrWhiteSpace(b?.Platform) && !Platforms.All.Contains(b.Platform)) e.Add("business.platform", Text.Get("error.platform"));
        e.MaxLength("product.name", r.Product?.Name, ComplaintLimits.ProductName);
        e.MaxLength("product.brand", r.Product?.Brand, ComplaintLimits.Brand);
        e.MaxLength("product.qrCode", r.Product?.QrCode, ComplaintLimits.QrCode);

        var province = r.Location?.Province;
        var ward = r.Location?.Ward;
        if (string.IsNullOrWhiteSpace(province)) e.Required("location.province", "field.province");
        else if (!units.ProvinceNames.ContainsKey(province)) e.Add("location.province", Text.Get("error.province"));
        if (string.IsNullOrWhiteSpace(ward)) e.Required("location.ward", "field.ward");
        else if (!units.Wards.TryGetValue(ward, out var w) || (province is not null && w.ProvinceCode != province)) e.Add("location.ward", Text.Get("error.ward"));

        if (r.Purchase?.Date is { Length: > 0 } date && (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || d > today || d.Year < 2000))
            e.Add("purchase.date", Text.Get("error.date"));
        if (r.Purchase?.AmountVnd is < 0 or > 100_000_000_000) e.Add("purchase.amountVnd", Text.Get("error.amount"));

        var urls = r.ListingUrls ?? [];
        if (urls.Count > MaxUrls) e.Add("listingUrls", Text.Format("error.tooManyUrls", MaxUrls));
        for (var i = 0; i < Math.Min(urls.Count, MaxUrls); i++)
        {
            if (string.IsNullOrWhiteSpace(urls[i])) e.Add($"listingUrls[{i}]", Text.Get("error.url"));
            else e.Url($"listingUrls[{i}]", urls[i]);
        }

        Files(e, "attachments", files);

        if (!r.ConsentToProcessing) e.Add("consentToProcessing", Text.Get("error.consent"));
        foreach (var (field, value) in Texts(r)) e.NoControlCharacters(field, value, multiline: field == "description");
        return e;
    }

    /// <summary>Every text of the request by field name; NUL and other control characters are refused in all of them.</summary>
    private static IEnumerable<(string Field, string? Value)> Texts(SubmitComplaintRequest r)
    {
        yield return ("category", r.Category);
        yield return ("description", r.Description);
        yield return ("complainant.fullName", r.Complainant?.FullName);
        yield return ("complainant.phone", r.Complainant?.Phone);
        yield return ("complainant.email", r.Complainant?.Email);
        yield return ("complainant.address", r.Complainant?.Address);
        yield return ("business.name", r.Business?.Name);
        yield return ("business.address", r.Business?.Address);
        yield return ("business.website", r.Business?.Website);
        yield return ("business.platform", r.Business?.Platform);
        yield return ("business.shopUrl", r.Business?.ShopUrl);
        yield return ("product.name", r.Product?.Name);
        yield return ("product.brand", r.Product?.Brand);
        yield return ("product.qrCode", r.Product?.QrCode);
        yield return ("location.province", r.Location?.Province);
        yield return ("location.ward", r.Location?.Ward);
        yield return ("purchase.date", r.Purchase?.Date);
        for (var i = 0; i < (r.ListingUrls?.Count ?? 0); i++) yield return ($"listingUrls[{i}]", r.ListingUrls![i]);
    }

    public static bool IsPhone(string phone) => PhonePattern().IsMatch(NormalizePhone(phone));

    public static string NormalizePhone(string phone) => SeparatorPattern().Replace(phone.Trim(), "");

    public static bool IsEmail(string email) =>
        email.Length <= 254 && MailAddress.TryCreate(email.Trim(), out var a) && a.Address == email.Trim() && EmailPattern().IsMatch(email.Trim());

    [GeneratedRegex(@"^(\+84|0)\d{9,10}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"[\s.\-()]")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex EmailPattern();
}
