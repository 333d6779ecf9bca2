namespace Enforcement.Api.Listings.Import;

/// <summary>One line of an import as read, before validation: every value still text, plus what could not even be read.</summary>
internal sealed class RawListing
{
    public int Line { get; init; }
    public string? Platform { get; set; }
    public string? ListingId { get; set; }
    public string? Url { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public string? Price { get; set; }
    public string? OriginalPrice { get; set; }
    public string? Brand { get; set; }
    public string? Category { get; set; }
    public string? SellerId { get; set; }
    public string? SellerName { get; set; }
    public string? SellerShopUrl { get; set; }
    public string? SellerProvince { get; set; }
    public string? SellerWard { get; set; }
    public List<string>? ImageHashes { get; set; }

    /// <summary>(field, reason) pairs found while reading: wrong JSON types, broken CSV quoting.</summary>
    public List<ImportError> ReadErrors { get; } = [];
}

/// <summary>One problem of one line. Field is the column / JSON path ("seller.id"), or null for the whole line.</summary>
public sealed record ImportError(int Line, string? Field, string Reason);

/// <summary>A problem with the whole request (no header, unknown column): nothing was written.</summary>
internal sealed class ListingImportException(string message) : Exception(message);

internal enum ImportFormat { Ndjson, Csv }
