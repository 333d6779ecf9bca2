using Enforcement.Search.Folding;

namespace Enforcement.Api.Complaints.Finding;

/// <summary>
/// What free-text search matches on a complaint (tìm kiếm): its folded words (VietnameseFolding, the listing search's
/// folding) joined by single spaces, so "Đà Nẵng", "da nang" and "DA-NANG" all meet "da nang"; phones also as bare
/// digits. And the keys that tie complaints about one business together (khiếu nại lặp lại).
/// </summary>
internal static class ComplaintSearchText
{
    public static void Apply(Complaint c)
    {
        var parts = new List<string?>
        {
            c.TrackingCode, c.Business.Name, c.Business.ShopUrl, c.Business.Website, c.Business.Address,
            c.Complainant.FullName, c.Complainant.Phone, Digits(c.Complainant.Phone), c.Complainant.Email,
            c.Product.Name, c.Product.Brand,
        };
        parts.AddRange(c.ListingUrls.OrderBy(u => u.Position).Select(u => u.Url));
        parts.Add(c.Description);
        c.SearchText = string.Join(" | ", parts.Select(Words).Where(w => w.Length > 0));
        c.BusinessKey = Key(Words(c.Business.Name), 300);
        c.ShopKey = Key(ShopKeyOf(c.Business.ShopUrl ?? c.Business.Website), 600);
    }

    /// <summary>Folded words joined by one space: the form both the stored text and the query take.</summary>
    public static string Words(string? text) => string.Join(' ', VietnameseFolding.Words(text));

    /// <summary>A phone as it is dialled at home: digits only, +84 / 84 as the leading 0.</summary>
    public static string? Digits(string? phone)
    {
        if (phone is null) return null;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11) digits = "0" + digits[2..];
        return digits.Length >= 8 ? digits : null;
    }

    /// <summary>A shop address without scheme, "www.", query or trailing slash, folded: the same shop however it was pasted.</summary>
    public static string? ShopKeyOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var u = url.Trim();
        var scheme = u.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) u = u[(scheme + 3)..];
        if (u.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) u = u[4..];
        var cut = u.IndexOfAny(['?', '#']);
        if (cut >= 0) u = u[..cut];
        return VietnameseFolding.Fold(u.TrimEnd('/'));
    }

    private static string? Key(string? value, int max) => string.IsNullOrEmpty(value) ? null : value.Length > max ? value[..max] : value;
}
