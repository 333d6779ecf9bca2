using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Listings;

/// <summary>Listing import settings ("Listings" section). The platform codes are data: a new marketplace needs no code change.</summary>
internal sealed class ListingsOptions
{
    public const string Section = "Listings";

    [MinLength(1)]
    public List<string> Platforms { get; set; } = ["shopee", "lazada", "tiki", "tiktok_shop", "facebook", "sendo", "other"];

    /// <summary>Platform of a page met through a capture, by its host or parent domain; any other host is "other".</summary>
    public Dictionary<string, string> PlatformHosts { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["shopee.vn"] = "shopee", ["lazada.vn"] = "lazada", ["tiki.vn"] = "tiki", ["tiktok.com"] = "tiktok_shop",
        ["facebook.com"] = "facebook", ["fb.com"] = "facebook", ["sendo.vn"] = "sendo",
    };

    /// <summary>Lines written per transaction: large enough to be fast, small enough that other writers get their turn.</summary>
    [Range(1, 5000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Largest import request body (bytes); the command line reads files of any size.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxImportBytes { get; set; } = 512L * 1024 * 1024;
}
