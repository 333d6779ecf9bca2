namespace Enforcement.Api.Listings.Risk;

/// <summary>What the scorer knows of one listing (tin đăng bán hàng), gathered from the database by the caller.</summary>
/// <param name="Title">The listing's title.</param>
/// <param name="Description">The listing's description, if any.</param>
/// <param name="PriceVnd">The offered price in VND; null or 0 when the listing shows none.</param>
/// <param name="Brand">The brand as the listing states it, not yet matched.</param>
/// <param name="SellerKey">platform + ":" + the seller's platform id, as <see cref="RefSeller.Key"/>.</param>
/// <param name="Platform">The platform code, e.g. "shopee".</param>
/// <param name="FirstSeenAt">When the listing was first seen (UTC).</param>
/// <param name="Now">The scoring time (UTC), from the caller's TimeProvider.</param>
/// <param name="OtherSellersWithSameTitle">Distinct other sellers whose listing has the same title fingerprint.</param>
/// <param name="OtherSellersWithSameImage">Distinct other sellers sharing an image hash with this listing.</param>
/// <param name="SellerLowPricedListingsOfBrand">This seller's listings of the same brand priced below the reference range.</param>
internal sealed record RiskInput(
    string Title, string? Description, long? PriceVnd, string? Brand,
    string Platform, string? SellerKey,
    DateTime FirstSeenAt, DateTime Now,
    int OtherSellersWithSameTitle = 0,
    int OtherSellersWithSameImage = 0,
    int SellerLowPricedListingsOfBrand = 0);

/// <summary>A plain snapshot of the genuine-product reference data (dữ liệu hàng chính hãng).</summary>
internal sealed record GenuineReference(
    IReadOnlyList<RefBrand> Brands, IReadOnlyList<RefProduct> Products, IReadOnlyList<RefSeller> AuthorizedSellers)
{
    public static readonly GenuineReference Empty = new([], [], []);
}

/// <summary>A brand (nhãn hiệu); a protected one (được bảo hộ) is sold only by its authorized sellers.</summary>
internal sealed record RefBrand(long Id, string Name, IReadOnlyList<string> Aliases, bool Protected);

/// <summary>A genuine product (sản phẩm chính hãng) with its reference price range in VND.</summary>
internal sealed record RefProduct(long Id, long BrandId, string Name, IReadOnlyList<string> Keywords, long? MinPriceVnd, long? MaxPriceVnd, bool IsOcop);

/// <summary>A seller authorized by a brand (người bán được ủy quyền) on one platform.</summary>
internal sealed record RefSeller(long BrandId, string Platform, string SellerPlatformId)
{
    public string Key => Platform + ":" + SellerPlatformId;
}

/// <summary>One reason behind a score, as the inspector reads it.</summary>
/// <param name="Code">Stable code, e.g. "price-below-reference".</param>
/// <param name="Points">What it adds to the score.</param>
/// <param name="Detail">The reason in Vietnamese.</param>
/// <param name="DetailEnglish">The same reason in English.</param>
internal sealed record RiskFactor(string Code, int Points, string Detail, string DetailEnglish);

/// <summary>The counterfeit risk (nguy cơ hàng giả) of a listing: 0–100 and the factors that produced it.</summary>
internal sealed record RiskAssessment(int Score, IReadOnlyList<RiskFactor> Factors, long? MatchedBrandId, long? MatchedProductId);
