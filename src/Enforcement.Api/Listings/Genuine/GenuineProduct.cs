namespace Enforcement.Api.Listings.Genuine;

/// <summary>A genuine product (sản phẩm chính hãng) of a brand, with the price range it really sells at; OCOP products carry their star rating.</summary>
internal sealed class GenuineProduct
{
    public long Id { get; set; }
    public long BrandId { get; set; }
    public required string Name { get; set; }

    /// <summary>Folded name, unique within the brand (the natural key of imports).</summary>
    public required string NameKey { get; set; }

    /// <summary>Words that identify the product in a listing title (stored as a JSON array).</summary>
    public List<string> Keywords { get; set; } = [];

    public string? Category { get; set; }
    public long? ReferencePriceMinVnd { get; set; }
    public long? ReferencePriceMaxVnd { get; set; }

    /// <summary>Certified under the One Commune One Product programme (OCOP, "Mỗi xã một sản phẩm").</summary>
    public bool IsOcop { get; set; }

    /// <summary>3 to 5 stars when <see cref="IsOcop"/>; null otherwise.</summary>
    public int? OcopStars { get; set; }

    public string? OcopProvince { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
