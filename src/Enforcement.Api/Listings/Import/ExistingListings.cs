using System.Data.Common;
using System.Text;

namespace Enforcement.Api.Listings.Import;

/// <summary>What a batch's listings hold now, read in one query per platform, to count unchanged rows and write history only on change.</summary>
internal sealed class ExistingListing
{
    public long Id { get; init; }
    public required object?[] Values { get; init; }
    public DateTime UpdatedAt { get; init; }
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
        DbConnection connection, DbTransaction tx, IReadOnlyList<ListingRow> rows, CancellationToken ct)
    {
        var found = new Dictionary<(string, string), ExistingListing>();
        var byId = new Dictionary<long, ExistingListing>();
        foreach (var group in rows.GroupBy(r => r.Platform))
        {
            await using var cmd = connection.CreateCommand();
            cmd.Transaction = tx;
            var sql = new StringBuilder($"SELECT \"Id\", \"PlatformListingId\", \"Status\", \"UpdatedAt\", {Columns} FROM \"Listings\" WHERE \"Platform\" = @platform AND \"PlatformListingId\" IN (");
            var i = 0;
            foreach (var row in group)
            {
                sql.Append(i == 0 ? "@k0" : $",@k{i}");
                Sql.Add(cmd, "@k" + i++, row.ListingId);
            }
            Sql.Add(cmd, "@platform", group.Key);
            cmd.CommandText = sql.Append(')').ToString();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var values = new object?[12];
                for (var c = 0; c < 12; c++) values[c] = reader.IsDBNull(4 + c) ? null : c is 3 or 4 ? reader.GetInt64(4 + c) : reader.GetString(4 + c);
                var listing = new ExistingListing
                {
                    Id = reader.GetInt64(0), Status = reader.GetString(2), UpdatedAt = DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc), Values = values,
                };
                found[(group.Key, reader.GetString(1))] = listing;
                byId[listing.Id] = listing;
            }
        }
        if (byId.Count > 0) await ReadHashesAsync(connection, tx, byId, ct);
        return found;
    }

    private static async Task ReadHashesAsync(DbConnection connection, DbTransaction tx, Dictionary<long, ExistingListing> byId, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        var sql = new StringBuilder("SELECT \"ListingId\", \"Hash\" FROM \"ListingImageHashes\" WHERE \"ListingId\" IN (");
        var i = 0;
        foreach (var id in byId.Keys)
        {
            sql.Append(i == 0 ? "@i0" : $",@i{i}");
            Sql.Add(cmd, "@i" + i++, id);
        }
        cmd.CommandText = sql.Append(')').ToString();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) byId[reader.GetInt64(0)].Hashes.Add(reader.GetString(1));
    }
}
