using System.Data.Common;

namespace Enforcement.Api.Listings.Import;

/// <summary>What a batch's listings hold now, read in one query per platform, to count unchanged rows and write history only on change.</summary>
internal sealed class ExistingListing
{
    public long Id { get; init; }
    public required object?[] Values { get; init; }
    /// <summary>As stored: SQLite's own text, or ISO 8601 from PostgreSQL; written back unchanged for an unchanged row.</summary>
    public required string UpdatedAtText { get; init; }
    public string Status { get; init; } = "";
    public List<string> Hashes { get; } = [];

    public static object?[] ValuesOf(ListingRow r) =>
        [r.Url, r.Title, r.Description, r.Price, r.OriginalPrice, r.Brand, r.Category, r.SellerId, r.SellerName, r.SellerShopUrl, r.SellerProvince, r.SellerWard];

    public bool SameAs(ListingRow row) => Status == ListingStatuses.Active && SameHashes(row) && Values.SequenceEqual(ValuesOf(row));

    public bool SameHashes(ListingRow row) => Hashes.Order(StringComparer.Ordinal).SequenceEqual(row.ImageHashes.Order(StringComparer.Ordinal));

    /// <summary>History keeps price, title and status.</summary>
    public bool HistoryDiffers(ListingRow row) => Status != ListingStatuses.Active || !Equals(Values[1], row.Title) || !Equals(Values[3], row.Price);
}

internal static class ExistingListings
{
    private const string Columns = "\"Url\", \"Title\", \"Description\", \"PriceVnd\", \"OriginalPriceVnd\", \"Brand\", \"Category\", \"SellerPlatformId\", \"SellerName\", \"SellerShopUrl\", \"SellerProvince\", \"SellerWard\"";

    public static async Task<Dictionary<(string Platform, string ListingId), ExistingListing>> ReadAsync(
        DbConnection connection, DbTransaction tx, JsonRows sql, IReadOnlyList<ListingRow> rows, CancellationToken ct)
    {
        var found = new Dictionary<(string, string), ExistingListing>();
        var byId = new Dictionary<long, ExistingListing>();
        // One query per platform, so the lookup uses the (Platform, PlatformListingId) index.
        foreach (var group in rows.GroupBy(r => r.Platform))
        {
            await using var cmd = JsonRows.Command(connection, tx, $"""
                SELECT "Id", "PlatformListingId", "Status", "UpdatedAt", {Columns} FROM "Listings"
                WHERE "Platform" = @platform AND "PlatformListingId" IN (SELECT {sql.Col(0)} FROM {sql.From("@keys")})
                """);
            Sql.Add(cmd, "@platform", group.Key);
            Sql.Add(cmd, "@keys", JsonRows.Write(group.Select(r => new object?[] { r.ListingId })));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var values = new object?[12];
                for (var c = 0; c < 12; c++) values[c] = reader.IsDBNull(4 + c) ? null : c is 3 or 4 ? reader.GetInt64(4 + c) : reader.GetString(4 + c);
                var listing = new ExistingListing
                {
                    Id = reader.GetInt64(0), Status = reader.GetString(2), Values = values,
                    UpdatedAtText = sql.Postgres ? reader.GetDateTime(3).ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture) : reader.GetString(3),
                };
                found[(group.Key, reader.GetString(1))] = listing;
                byId[listing.Id] = listing;
            }
        }
        if (byId.Count == 0) return found;
        await using (var hashes = JsonRows.Command(connection, tx,
            $"""SELECT "ListingId", "Hash" FROM "ListingImageHashes" WHERE "ListingId" IN (SELECT {sql.Col(0, "bigint")} FROM {sql.From("@ids")})"""))
        {
            Sql.Add(hashes, "@ids", JsonRows.Write(byId.Keys.Select(id => new object?[] { id })));
            await using var reader = await hashes.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) byId[reader.GetInt64(0)].Hashes.Add(reader.GetString(1));
        }
        return found;
    }
}
