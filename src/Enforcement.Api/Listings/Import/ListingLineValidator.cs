using System.Globalization;
using System.Text;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Listings.Import;

/// <summary>Checks one read line and normalizes it (trimmed, NFC, blanks as null, platform and hashes lower-case).</summary>
internal sealed class ListingLineValidator(IReadOnlyCollection<string> platforms)
{
    public const int MaxImageHashes = 20;
    public const long MaxPrice = 1_000_000_000_000;

    public ListingRow? Validate(RawListing raw, List<ImportError> errors)
    {
        var before = errors.Count;
        errors.AddRange(raw.ReadErrors);
        if (raw.ReadErrors.Any(e => e.Field is null)) return null;
        var line = raw.Line;
        var unreadable = raw.ReadErrors.Select(e => e.Field).ToHashSet();
        void Error(string field, string reason)
        {
            if (!unreadable.Contains(field)) errors.Add(new ImportError(line, field, reason));
        }

        string? Text1(string field, string? value, int max, bool required, string nameKey, bool multiline = false)
        {
            var v = Normalize(value);
            if (v is null)
            {
                if (required) Error(field, Text.Format("error.required", Text.Get(nameKey)));
                return null;
            }
            if (v.Length > max) Error(field, Text.Format("error.tooLong", Text.Get("field.text"), max));
            else if (TextRules.HasControlCharacters(v, multiline)) Error(field, Text.Get("error.controlCharacters"));
            return v;
        }

        var platform = Text1("platform", raw.Platform, 32, true, "field.platform")?.ToLowerInvariant();
        if (platform is not null && !platforms.Contains(platform)) Error("platform", Text.Format("listings.error.platform", string.Join(", ", platforms)));
        var listingId = Text1("listingId", raw.ListingId, 100, true, "field.listingId");
        var url = HttpUrl("url", raw.Url, true, Error);
        var title = Text1("title", raw.Title, 500, true, "field.title");
        var description = Text1("description", raw.Description, 10_000, false, "field.description", multiline: true);
        var price = Price("price", raw.Price, Error);
        var originalPrice = Price("originalPrice", raw.OriginalPrice, Error);
        var brand = Text1("brand", raw.Brand, 200, false, "field.text");
        var category = Text1("category", raw.Category, 200, false, "field.text");
        var sellerId = Text1("seller.id", raw.SellerId, 100, false, "field.text");
        var sellerName = Text1("seller.name", raw.SellerName, 200, false, "field.text");
        var shopUrl = HttpUrl("seller.shopUrl", raw.SellerShopUrl, false, Error);
        var province = Text1("seller.province", raw.SellerProvince, 100, false, "field.text");
        var ward = Text1("seller.ward", raw.SellerWard, 100, false, "field.text");
        var hashes = ImageHashes(raw.ImageHashes, Error);

        if (errors.Count > before) return null;
        return new ListingRow(line, platform!, listingId!, url!, title!, description, price, originalPrice, brand, category,
            sellerId, sellerName, shopUrl, province, ward, hashes);
    }

    private static string? Normalize(string? value)
    {
        if (value is null) return null;
        var trimmed = value.Trim();
        if (trimmed.Length == 0) return null;
        return trimmed.IsNormalized(NormalizationForm.FormC) ? trimmed : trimmed.Normalize(NormalizationForm.FormC);
    }

    private static string? HttpUrl(string field, string? value, bool required, Action<string, string> error)
    {
        var v = Normalize(value);
        if (v is null)
        {
            if (required) error(field, Text.Format("error.required", Text.Get("field.url")));
            return null;
        }
        if (v.Length > 2048 || TextRules.HasControlCharacters(v, false) || !Uri.TryCreate(v, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(uri.Host))
        {
            error(field, Text.Get("error.url"));
            return null;
        }
        return v;
    }

    private static long? Price(string field, string? value, Action<string, string> error)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return null;
        if (v.Length <= 13 && v.All(char.IsAsciiDigit) && long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var price) && price <= MaxPrice)
            return price;
        error(field, Text.Get("listings.error.price"));
        return null;
    }

    private static IReadOnlyList<string> ImageHashes(List<string>? values, Action<string, string> error)
    {
        if (values is null || values.Count == 0) return [];
        if (values.Count > MaxImageHashes) error("imageHashes", Text.Format("listings.error.imageHashCount", MaxImageHashes));
        var hashes = values.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (hashes.Any(h => h.Length is < 8 or > 128 || !h.All(char.IsAsciiHexDigit))) error("imageHashes", Text.Get("listings.error.imageHash"));
        return hashes.Distinct(StringComparer.Ordinal).ToList();
    }
}
