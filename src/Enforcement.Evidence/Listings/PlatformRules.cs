using System.Text.Json;
using System.Text.RegularExpressions;

namespace Enforcement.Evidence.Listings;

/// <summary>One marketplace's selectors; the set lives in platform-rules.json (embedded), not in code.</summary>
internal sealed record PlatformRule(string Platform, string HostPattern, string? Title, string? Price, string? Seller, string? ShopLink)
{
    public bool Matches(Uri url) => Regex.IsMatch(url.IdnHost, HostPattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}

internal static class PlatformRules
{
    private sealed record File(List<PlatformRule> Rules);

    private static readonly Lazy<IReadOnlyList<PlatformRule>> Embedded = new(() =>
    {
        using var stream = typeof(PlatformRules).Assembly.GetManifestResourceStream("Enforcement.Evidence.Listings.platform-rules.json")
            ?? throw new InvalidOperationException("platform-rules.json is not embedded");
        var file = JsonSerializer.Deserialize<File>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return file?.Rules ?? [];
    });

    public static IReadOnlyList<PlatformRule> Default => Embedded.Value;
}
