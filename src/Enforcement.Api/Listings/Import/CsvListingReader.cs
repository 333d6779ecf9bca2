using System.Runtime.CompilerServices;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Listings.Import;

/// <summary>CSV with a header row naming the NDJSON fields (<c>seller.id</c>, ...); image hashes separated by ";" or "|".</summary>
internal static class CsvListingReader
{
    public static readonly string[] Columns =
    [
        "platform", "listingId", "url", "title", "description", "price", "originalPrice", "brand", "category",
        "seller.id", "seller.name", "seller.shopUrl", "seller.province", "seller.ward", "imageHashes",
    ];

    private static readonly string[] RequiredColumns = ["platform", "listingId", "url", "title"];

    public static async IAsyncEnumerable<RawListing> ReadAsync(TextReader reader, [EnumeratorCancellation] CancellationToken ct)
    {
        int[]? map = null;
        await foreach (var record in CsvRecords.ReadAsync(reader, ct))
        {
            if (map is null)
            {
                map = Header(record.Fields);
                continue;
            }
            var raw = new RawListing { Line = record.Line };
            if (record.Unterminated) raw.ReadErrors.Add(new ImportError(record.Line, null, Text.Get("listings.error.csvQuote")));
            else if (record.Fields.Count != map.Length)
                raw.ReadErrors.Add(new ImportError(record.Line, null, Text.Format("listings.error.csvColumns", record.Fields.Count, map.Length)));
            else Fill(raw, map, record.Fields);
            yield return raw;
        }
    }

    /// <summary>For each CSV column, its index in <see cref="Columns"/>. An unknown or repeated name refuses the whole file: a typo would drop a column silently.</summary>
    private static int[] Header(List<string> names)
    {
        var map = new int[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i].Trim().TrimStart('\uFEFF');
            var at = Array.FindIndex(Columns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            if (at < 0 || map.AsSpan(0, i).Contains(at)) throw new ListingImportException(Text.Format("listings.error.csvHeader", Safe(name)));
            map[i] = at;
        }
        foreach (var required in RequiredColumns)
        {
            if (!map.Contains(Array.IndexOf(Columns, required))) throw new ListingImportException(Text.Format("listings.error.csvMissing", required));
        }
        return map;
    }

    private static void Fill(RawListing raw, int[] map, List<string> fields)
    {
        for (var i = 0; i < map.Length; i++)
        {
            var value = fields[i].Length == 0 ? null : fields[i];
            switch (map[i])
            {
                case 0: raw.Platform = value; break;
                case 1: raw.ListingId = value; break;
                case 2: raw.Url = value; break;
                case 3: raw.Title = value; break;
                case 4: raw.Description = value; break;
                case 5: raw.Price = value; break;
                case 6: raw.OriginalPrice = value; break;
                case 7: raw.Brand = value; break;
                case 8: raw.Category = value; break;
                case 9: raw.SellerId = value; break;
                case 10: raw.SellerName = value; break;
                case 11: raw.SellerShopUrl = value; break;
                case 12: raw.SellerProvince = value; break;
                case 13: raw.SellerWard = value; break;
                case 14:
                    raw.ImageHashes = value?.Split([';', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
                    break;
            }
        }
    }

    /// <summary>A header name is echoed in the answer: control characters are shown as U+XXXX, and it is kept short.</summary>
    private static string Safe(string name)
    {
        var shown = string.Concat(name.Take(100).Select(c => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString()));
        return shown;
    }
}
