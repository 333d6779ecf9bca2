namespace Enforcement.Api.Listings.Demo;

/// <summary>
/// One synthetic marketplace listing (tin đăng bán hàng), shaped like a line of the listing import contract.
/// <see cref="LooksCounterfeit"/> is what the generator meant; it is never written to the NDJSON.
/// </summary>
internal sealed record CorpusListing(
    string Platform,
    string ListingId,
    string Url,
    string Title,
    string Description,
    long Price,
    long? OriginalPrice,
    string? Brand,
    string Category,
    CorpusSeller Seller,
    IReadOnlyList<string> ImageHashes,
    bool LooksCounterfeit);

/// <summary>A synthetic seller (người bán / gian hàng) on one platform.</summary>
internal sealed record CorpusSeller(string Id, string Name, string ShopUrl, string Province, string Ward);
