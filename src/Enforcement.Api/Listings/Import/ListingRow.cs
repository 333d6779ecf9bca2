namespace Enforcement.Api.Listings.Import;

/// <summary>One validated, normalized line, ready to be written.</summary>
internal sealed record ListingRow(
    int Line, string Platform, string ListingId, string Url, string Title, string? Description, long? Price, long? OriginalPrice,
    string? Brand, string? Category, string? SellerId, string? SellerName, string? SellerShopUrl, string? SellerProvince, string? SellerWard,
    IReadOnlyList<string> ImageHashes)
{
    public string? SellerKey { get; } = SellerId is null ? null : Platform + ":" + SellerId;
    public string TitleFingerprint { get; } = ListingFingerprint.Of(Title);
}
