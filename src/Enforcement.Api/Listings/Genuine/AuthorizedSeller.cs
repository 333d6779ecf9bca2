namespace Enforcement.Api.Listings.Genuine;

/// <summary>A seller the brand has authorized (đại lý/nhà phân phối được ủy quyền) on one platform, for a period.</summary>
internal sealed class AuthorizedSeller
{
    public long Id { get; set; }
    public long BrandId { get; set; }

    /// <summary>A code of <see cref="Complaints.Platforms.All"/> (shopee, lazada, tiki, tiktok_shop, facebook, sendo, other).</summary>
    public required string Platform { get; set; }

    /// <summary>The seller's id or shop name on the platform, as the platform writes it.</summary>
    public required string SellerPlatformId { get; set; }

    public required string SellerName { get; set; }
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Null when the authorization has no end.</summary>
    public DateOnly? ValidTo { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
