using System.Globalization;

namespace Enforcement.Api.Listings.Risk;

/// <summary>The factor sentences in Vietnamese and English, fixed at scoring time (the score is stored, not the request's language).</summary>
internal static class RiskTexts
{
    private static readonly NumberFormatInfo ViNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };
    private static readonly NumberFormatInfo EnNumbers = CultureInfo.InvariantCulture.NumberFormat;

    public static string VndVi(long v) => v.ToString("#,0", ViNumbers) + " ₫";
    public static string VndEn(long v) => v.ToString("#,0", EnNumbers) + " ₫";

    public static RiskFactor PriceBelow(int points, long price, int percentBelow, long min, long? max, string product, bool ocop) => new(
        "price-below-reference", points,
        $"Giá {VndVi(price)} thấp hơn {percentBelow}% so với giá tham khảo {RangeVi(min, max)} ({product}{(ocop ? ", sản phẩm OCOP" : "")})",
        $"Price {VndEn(price)} is {percentBelow}% below the reference price {RangeEn(min, max)} ({product}{(ocop ? ", OCOP product" : "")})");

    public static RiskFactor Lexicon(int points, IReadOnlyList<string> phrases)
    {
        var quoted = string.Join(", ", phrases.Select(p => "“" + p + "”"));
        return new("counterfeit-lexicon", points,
            $"Có từ ngữ thường gặp ở hàng giả, hàng nhái: {quoted}",
            $"Uses wording common in counterfeit listings: {quoted}");
    }

    public static RiskFactor UnauthorizedSeller(int points, string brand, bool sellerKnown) => new(
        "unauthorized-seller", points,
        sellerKnown ? $"Người bán không có trong danh sách được {brand} ủy quyền (nhãn hiệu được bảo hộ)"
                    : $"Không rõ người bán, trong khi {brand} là nhãn hiệu được bảo hộ chỉ bán qua người bán được ủy quyền",
        sellerKnown ? $"The seller is not among {brand}'s authorized sellers (protected brand)"
                    : $"Unknown seller for {brand}, a protected brand sold only through authorized sellers");

    public static RiskFactor SellerLowPriced(int points, int count, string brand) => new(
        "seller-low-priced-listings", points,
        $"Người bán có {count} tin đăng {brand} giá thấp hơn giá tham khảo",
        $"The seller has {count} listings of {brand} priced below the reference price");

    public static RiskFactor NewlySeen(int points, int days) => new(
        "newly-seen", points,
        days == 0 ? "Tin đăng mới xuất hiện hôm nay" : $"Tin đăng mới xuất hiện {days} ngày trước",
        days == 0 ? "Listing first seen today" : $"Listing first seen {days} day{(days == 1 ? "" : "s")} ago");

    public static RiskFactor DuplicateTitle(int points, int sellers) => new(
        "duplicate-title", points,
        $"Cùng tiêu đề được {sellers} người bán khác đăng",
        $"The same title is offered by {sellers} other seller{(sellers == 1 ? "" : "s")}");

    public static RiskFactor DuplicateImage(int points, int sellers) => new(
        "duplicate-image", points,
        $"Cùng hình ảnh được {sellers} người bán khác đăng",
        $"The same image is offered by {sellers} other seller{(sellers == 1 ? "" : "s")}");

    private static string RangeVi(long min, long? max) =>
        max is { } m && m > min ? $"{VndVi(min)[..^2]}–{VndVi(m)}" : $"từ {VndVi(min)}";

    private static string RangeEn(long min, long? max) =>
        max is { } m && m > min ? $"{VndEn(min)[..^2]}–{VndEn(m)}" : $"from {VndEn(min)}";
}
