using System.Text.Json;

namespace Enforcement.Benchmarks.Listings;

/// <summary>A corpus line as bare columns, for the floors: the same rows the app writes, without validation or upsert.</summary>
internal sealed record FloorRow(
    string Platform, string ListingId, string Url, string Title, string? Description, long? Price, long? OriginalPrice, string? Brand,
    string? Category, string? SellerId, string? SellerName, string? ShopUrl, string? Province, string? Ward, string[] Hashes)
{
    public const int ChunkRows = 50_000;

    public static IEnumerable<FloorRow> Read(string file)
    {
        using var reader = new StreamReader(file, System.Text.Encoding.UTF8, false, 1 << 16);
        while (reader.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var r = doc.RootElement;
            var s = r.GetProperty("seller");
            yield return new FloorRow(Str(r, "platform")!, Str(r, "listingId")!, Str(r, "url")!, Str(r, "title")!, Str(r, "description"),
                Num(r, "price"), Num(r, "originalPrice"), Str(r, "brand"), Str(r, "category"), Str(s, "id"), Str(s, "name"),
                Str(s, "shopUrl"), Str(s, "province"), Str(s, "ward"),
                r.TryGetProperty("imageHashes", out var h) ? [.. h.EnumerateArray().Select(x => x.GetString()!)] : []);
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.Number => v.GetRawText(), _ => null } : null;

    private static long? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    public object?[] Values(long id) =>
        [id, Platform, ListingId, Url, Title, Description, Price, OriginalPrice, Brand, Category, SellerId, SellerName, ShopUrl, Province, Ward];

    public static readonly string[] Columns =
        ["Id", "Platform", "ListingId", "Url", "Title", "Description", "Price", "OriginalPrice", "Brand", "Category", "SellerId", "SellerName", "ShopUrl", "Province", "Ward"];
}
