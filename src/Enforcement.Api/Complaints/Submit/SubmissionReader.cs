using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Complaints.Submit;

/// <summary>Reads a submission from JSON or from multipart/form-data (the web form posts the same field names).</summary>
internal static class SubmissionReader
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(SubmitComplaintRequest? Request, List<IncomingFile> Files, FieldErrors Errors)> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (http.HasJsonContentType())
        {
            try
            {
                var request = await JsonSerializer.DeserializeAsync<SubmitComplaintRequest>(http.Body, Json, ct);
                if (request is null) errors.Add("$", Text.Get("error.body"));
                return (request, [], errors);
            }
            catch (JsonException ex)
            {
                errors.Add(JsonPathToField(ex.Path), Text.Get("error.json"));
                return (null, [], errors);
            }
        }
        if (http.HasFormContentType)
        {
            if (await TryReadFormAsync(http, errors, ct) is not { } form) return (null, [], errors);
            var (request, formErrors) = FromForm(form);
            var files = new List<IncomingFile>();
            foreach (var file in form.Files.Take(SubmitComplaintValidator.MaxFiles + 1))
            {
                if (file.Length == 0 && string.IsNullOrEmpty(file.FileName)) continue; // an empty file input
                files.Add(await InspectAsync(file, ct));
            }
            return (request, files, formErrors);
        }
        errors.Add("$", Text.Get("error.body"));
        return (null, [], errors);
    }

    /// <summary>The form, or null and a message when the body is not one (broken multipart, over FormOptions' limits).</summary>
    public static async Task<IFormCollection?> TryReadFormAsync(HttpRequest http, FieldErrors errors, CancellationToken ct)
    {
        if (!http.HasFormContentType)
        {
            errors.Add("$", Text.Get("error.body"));
            return null;
        }
        try
        {
            return await http.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException || (ex is IOException && ex is not BadHttpRequestException))
        {
            // A request that is too large stays a 413 (BadHttpRequestException); anything else a user can send is a 400.
            errors.Add("$", Text.Get("error.form"));
            return null;
        }
    }

    /// <summary>
    /// One pass over a file the form parser spooled (to disk beyond 64 KB): its type from the first bytes and
    /// its SHA-256. The bytes stay where they are until they are copied to the database.
    /// </summary>
    internal static async Task<IncomingFile> InspectAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length > SubmitComplaintValidator.MaxFileBytes) return new IncomingFile(file.FileName, file.Length, null, "", file.OpenReadStream);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new byte[16];
        var headLength = 0;
        var scanner = new ActiveContentScanner();
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            await using var stream = file.OpenReadStream();
            for (int n; (n = await stream.ReadAsync(buffer, ct)) > 0;)
            {
                var take = Math.Min(head.Length - headLength, n);
                buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                headLength += take;
                sha256.AppendData(buffer, 0, n);
                scanner.Feed(buffer.AsSpan(0, n));
            }
            scanner.Complete();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        var type = AttachmentInspector.DetectContentType(head.AsSpan(0, headLength));
        var active = type switch
        {
            "application/pdf" => scanner.PdfAction ?? (scanner.HasObjectStreams ? await ActiveContentScanner.ScanCompressedStreamsAsync(file.OpenReadStream, ct) : null),
            not null when scanner.HasHtml => "HTML",
            _ => null,
        };
        return new IncomingFile(file.FileName, file.Length, type, Convert.ToHexStringLower(sha256.GetHashAndReset()), file.OpenReadStream, active);
    }

    public static (SubmitComplaintRequest Request, FieldErrors Errors) FromForm(IFormCollection form)
    {
        var errors = new FieldErrors();
        string? F(string name) => form.TryGetValue(name, out var v) ? v.ToString() : null;
        long? amount = null;
        if (F("purchase.amountVnd") is { Length: > 0 } rawAmount)
        {
            var digits = rawAmount.Replace(".", "").Replace(",", "").Replace(" ", "").Replace("₫", "").Replace("đ", "");
            if (long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var a)) amount = a;
            else errors.Add("purchase.amountVnd", Text.Get("error.amount"));
        }
        var request = new SubmitComplaintRequest
        {
            Category = F("category"),
            Description = F("description"),
            Anonymous = IsChecked(F("anonymous")),
            Complainant = new ContactInput { FullName = F("complainant.fullName"), Phone = F("complainant.phone"), Email = F("complainant.email"), Address = F("complainant.address") },
            Business = new BusinessInput { Name = F("business.name"), Address = F("business.address"), Website = F("business.website"), Platform = F("business.platform"), ShopUrl = F("business.shopUrl") },
            Product = new ProductInput { Name = F("product.name"), Brand = F("product.brand"), QrCode = F("product.qrCode") },
            Location = new LocationInput { Province = F("location.province"), Ward = F("location.ward") },
            Purchase = new PurchaseInput { Date = F("purchase.date"), AmountVnd = amount },
            // The form offers one box with a link per line; the API form field may also repeat.
            ListingUrls = form.TryGetValue("listingUrls", out var urls)
                ? urls.SelectMany(u => (u ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList()
                : null,
            ConsentToProcessing = IsChecked(F("consentToProcessing")),
        };
        return (request, errors);
    }

    private static bool IsChecked(string? value) => value is not null && (value.Split(',')[0].Trim().ToLowerInvariant() is "true" or "on" or "1" or "yes");

    /// <summary>"$.complainant.email" → "complainant.email"; "$.listingUrls[2]" stays indexed.</summary>
    private static string JsonPathToField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
