using System.Security.Cryptography;
using System.Text;
using Enforcement.Search.Folding;

namespace Enforcement.Api.Listings;

/// <summary>
/// 16 hex characters of SHA-256 over the title's folded words, distinct and sorted: "Túi xách LV like auth" and
/// "tui xach LIKE AUTH lv" meet on one key, so the same text offered by several sellers is one index lookup.
/// </summary>
internal static class ListingFingerprint
{
    public static string Of(string title)
    {
        var words = VietnameseFolding.Words(title).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words)), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
