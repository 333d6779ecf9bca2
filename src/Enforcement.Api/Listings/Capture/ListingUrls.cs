using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Api.Listings.Capture;

/// <summary>Which platform a listing URL belongs to, and the listing's id on it, for pages met through captures.</summary>
internal static partial class ListingUrls
{
    /// <summary>By host or parent domain (shopee.vn, m.shopee.vn ...); "other" when none matches.</summary>
    public static string PlatformOf(Uri url, IReadOnlyDictionary<string, string> hosts)
    {
        var host = url.IdnHost.ToLowerInvariant();
        foreach (var (suffix, platform) in hosts)
        {
            var s = suffix.ToLowerInvariant();
            if (host == s || host.EndsWith("." + s, StringComparison.Ordinal)) return platform;
        }
        return "other";
    }

    /// <summary>The platform's own id where the URL shows it (Shopee "-i.{shop}.{item}" or "/product/{shop}/{item}", Lazada "-i{item}", Tiki "-p{id}"); else "u" + a hash of the URL without its fragment.</summary>
    public static string IdOf(Uri url)
    {
        var path = url.AbsolutePath;
        if (ShopeeItem().Match(path) is { Success: true } s) return $"{s.Groups[1].Value}.{s.Groups[2].Value}";
        if (ShopeeProduct().Match(path) is { Success: true } p) return $"{p.Groups[1].Value}.{p.Groups[2].Value}";
        if (LazadaItem().Match(path) is { Success: true } l) return "i" + l.Groups[1].Value;
        if (TikiItem().Match(path) is { Success: true } t) return "p" + t.Groups[1].Value;
        var normalized = new UriBuilder(url) { Fragment = "", Scheme = url.Scheme.ToLowerInvariant(), Host = url.Host.ToLowerInvariant() }.Uri.AbsoluteUri.TrimEnd('/');
        return "u" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..32];
    }

    [GeneratedRegex(@"-i\.(\d+)\.(\d+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ShopeeItem();

    [GeneratedRegex(@"^/product/(\d+)/(\d+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ShopeeProduct();

    [GeneratedRegex(@"-i(\d+)(?:-s\d+)?\.html$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LazadaItem();

    [GeneratedRegex(@"-p(\d+)\.html$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TikiItem();
}
