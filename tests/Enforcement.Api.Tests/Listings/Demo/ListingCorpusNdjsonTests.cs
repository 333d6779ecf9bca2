using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Listings.Demo;

namespace Enforcement.Api.Tests.Listings.Demo;

/// <summary>The corpus's NDJSON: deterministic, the requested count, and every line in the import contract.</summary>
public sealed partial class ListingCorpusNdjsonTests
{
    private static readonly string[] Platforms = ["shopee", "lazada", "tiki", "tiktok_shop", "facebook", "sendo", "other"];

    private static byte[] Ndjson(int count, int seed)
    {
        using var stream = new MemoryStream();
        ListingCorpus.WriteNdjson(stream, count, seed);
        return stream.ToArray();
    }

    [Fact]
    public void The_same_seed_gives_byte_identical_output()
    {
        var first = Ndjson(3000, 7);
        var second = Ndjson(3000, 7);
        Assert.True(first.Length > 3000 * 200, $"only {first.Length} bytes");
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(first)), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(second)));
        Assert.True(first.AsSpan().SequenceEqual(second));
    }

    [Fact]
    public void Different_seeds_give_different_corpora()
    {
        var a = Encoding.UTF8.GetString(Ndjson(500, 7)).Split('\n');
        var b = Encoding.UTF8.GetString(Ndjson(500, 8)).Split('\n');
        Assert.True(a.Zip(b).Count(p => p.First != p.Second) > 450);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2345)]
    public void It_writes_exactly_count_lines_each_ending_in_a_newline(int count)
    {
        var text = Encoding.UTF8.GetString(Ndjson(count, 3));
        Assert.Equal(count, text.Count(c => c == '\n'));
        Assert.True(count == 0 || text.EndsWith('\n'));
        Assert.Equal(count, ListingCorpus.Generate(count, 3).Count());
    }

    [Fact]
    public void Every_line_parses_and_has_the_contract_fields_with_valid_values()
    {
        var keys = new HashSet<string>();
        var lines = Encoding.UTF8.GetString(Ndjson(5000, 11)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5000, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.Equal(["platform", "listingId", "url", "title", "description", "price", "originalPrice", "brand", "category", "seller", "imageHashes"],
                root.EnumerateObject().Select(p => p.Name).ToArray());
            var platform = root.GetProperty("platform").GetString()!;
            Assert.Contains(platform, Platforms);
            var listingId = root.GetProperty("listingId").GetString()!;
            Assert.True(keys.Add($"{platform}/{listingId}"), $"duplicate listing {platform}/{listingId}");
            AssertAbsoluteUrl(root.GetProperty("url").GetString());
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("description").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("category").GetString()));
            var price = root.GetProperty("price").GetInt64();
            Assert.True(price > 0 && price % 1000 == 0, $"price {price}");
            if (root.GetProperty("originalPrice") is { ValueKind: JsonValueKind.Number } original)
                Assert.True(original.GetInt64() > price, $"original {original} <= {price}");
            Assert.True(root.GetProperty("brand").ValueKind is JsonValueKind.String or JsonValueKind.Null);
            var seller = root.GetProperty("seller");
            foreach (var field in new[] { "id", "name", "shopUrl", "province", "ward" })
                Assert.False(string.IsNullOrWhiteSpace(seller.GetProperty(field).GetString()), field);
            AssertAbsoluteUrl(seller.GetProperty("shopUrl").GetString());
            var hashes = root.GetProperty("imageHashes").EnumerateArray().Select(h => h.GetString()!).ToArray();
            Assert.InRange(hashes.Length, 0, 4);
            Assert.All(hashes, h => Assert.Matches(HexHash(), h));
        }
    }

    [Fact]
    public void Urls_have_each_platforms_real_shape()
    {
        var shapes = new Dictionary<string, Regex>
        {
            ["shopee"] = new(@"^https://shopee\.vn/[A-Za-z0-9-]+-i\.\d+\.(\d+)$"),
            ["lazada"] = new(@"^https://www\.lazada\.vn/products/[a-z0-9-]+-i(\d+)\.html$"),
            ["tiki"] = new(@"^https://tiki\.vn/[a-z0-9-]+-p(\d+)\.html$"),
            ["tiktok_shop"] = new(@"^https://www\.tiktok\.com/@[a-z0-9]+/product/(\d+)$"),
            ["facebook"] = new(@"^https://www\.facebook\.com/marketplace/item/(\d+)/$"),
            ["sendo"] = new(@"^https://www\.sendo\.vn/[a-z0-9-]+-(\d+)\.html$"),
            ["other"] = new(@"^https://[a-z0-9]+\.(vn|com\.vn|com)/san-pham/[a-z0-9-]+-(\d+)$"),
        };
        var seen = new HashSet<string>();
        foreach (var l in ListingCorpus.Generate(5000, 5))
        {
            var match = shapes[l.Platform].Match(l.Url);
            Assert.True(match.Success, l.Url);
            Assert.Equal(l.ListingId, match.Groups[^1].Value);
            seen.Add(l.Platform);
        }
        Assert.Equal(Platforms.Order(), seen.Order());
    }

    [Fact]
    public void The_flag_for_tests_is_not_written_to_the_json()
    {
        var text = Encoding.UTF8.GetString(Ndjson(300, 1));
        Assert.DoesNotContain("ooksCounterfeit", text, StringComparison.Ordinal);
        Assert.Contains(ListingCorpus.Generate(2000, 1), l => l.LooksCounterfeit);
    }

    private static void AssertAbsoluteUrl(string? url) =>
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https" && uri.Host.Contains('.'), url);

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex HexHash();
}
