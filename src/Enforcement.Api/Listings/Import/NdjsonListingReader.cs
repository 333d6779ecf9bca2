using System.Runtime.CompilerServices;
using System.Text.Json;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Listings.Import;

/// <summary>Reads NDJSON one line at a time; a line that is not a JSON object is reported, never fatal.</summary>
internal static class NdjsonListingReader
{
    public static async IAsyncEnumerable<RawListing> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken ct)
    {
        var number = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(number, line);
        }
    }

    private static RawListing Parse(int number, string line)
    {
        var raw = new RawListing { Line = number };
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                raw.ReadErrors.Add(new ImportError(number, null, Text.Get("listings.error.notObject")));
                return raw;
            }
            var root = doc.RootElement;
            raw.Platform = Str(root, "platform", raw);
            raw.ListingId = Str(root, "listingId", raw, numberAllowed: true);
            raw.Url = Str(root, "url", raw);
            raw.Title = Str(root, "title", raw);
            raw.Description = Str(root, "description", raw);
            raw.Price = Str(root, "price", raw, numberAllowed: true);
            raw.OriginalPrice = Str(root, "originalPrice", raw, numberAllowed: true);
            raw.Brand = Str(root, "brand", raw);
            raw.Category = Str(root, "category", raw);
            if (root.TryGetProperty("seller", out var seller) && seller.ValueKind != JsonValueKind.Null)
            {
                if (seller.ValueKind != JsonValueKind.Object) raw.ReadErrors.Add(new ImportError(number, "seller", Text.Get("error.json")));
                else
                {
                    raw.SellerId = Str(seller, "id", raw, numberAllowed: true, prefix: "seller.");
                    raw.SellerName = Str(seller, "name", raw, prefix: "seller.");
                    raw.SellerShopUrl = Str(seller, "shopUrl", raw, prefix: "seller.");
                    raw.SellerProvince = Str(seller, "province", raw, prefix: "seller.");
                    raw.SellerWard = Str(seller, "ward", raw, prefix: "seller.");
                }
            }
            if (root.TryGetProperty("imageHashes", out var hashes) && hashes.ValueKind != JsonValueKind.Null)
            {
                if (hashes.ValueKind != JsonValueKind.Array || hashes.EnumerateArray().Any(h => h.ValueKind != JsonValueKind.String))
                    raw.ReadErrors.Add(new ImportError(number, "imageHashes", Text.Get("error.json")));
                else raw.ImageHashes = hashes.EnumerateArray().Select(h => h.GetString()!).ToList();
            }
        }
        catch (JsonException)
        {
            raw.ReadErrors.Add(new ImportError(number, null, Text.Get("listings.error.json")));
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800"): no database can store it.
            raw.ReadErrors.Add(new ImportError(number, null, Text.Get("listings.error.encoding")));
        }
        return raw;
    }

    private static string? Str(JsonElement obj, string name, RawListing raw, bool numberAllowed = false, string prefix = "")
    {
        if (!obj.TryGetProperty(name, out var value)) return null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null: return null;
            case JsonValueKind.String: return value.GetString();
            case JsonValueKind.Number when numberAllowed: return value.GetRawText();
            default:
                raw.ReadErrors.Add(new ImportError(raw.Line, prefix + name, Text.Get("error.json")));
                return null;
        }
    }
}
