using System.Text;

namespace Enforcement.Search.Tests.Conformance;

/// <summary>The fixed listings every backend is checked against.</summary>
internal static class ConformanceCorpus
{
    private static readonly DateTime Day = new(2026, 1, 10, 0, 0, 0, DateTimeKind.Utc);

    public static readonly ListingDocument[] All =
    [
        Doc(1, "shopee", "Nước mắm Phú Quốc 40 độ đạm chai 500ml", "Nước mắm truyền thống làm từ cá cơm", null, "shopee:s1", 125_000, 0, province: "Tỉnh An Giang"),
        Doc(2, "lazada", "ĐỒNG HỒ CASIO NAM DÂY DA CHÍNH HÃNG", null, "Casio", "lazada:s2", 1_500_000, 10, province: "Thành phố Hà Nội"),
        Doc(3, "shopee", "Đồng hồ Rolex Submariner like auth 1:1", "Hàng loại 1, bao check, không hộp", "Rolex", "shopee:s3", 2_000_000, 85),
        Doc(4, "tiki", "Túi xách Louis Vuitton Neverfull MM chính hãng", null, "Louis Vuitton", "tiki:s4", 45_000_000, 5),
        Doc(5, "shopee", "Túi xách LV Neverfull like auth 1:1", "Túi xách nữ hàng đẹp", "Louis Vuitton", "shopee:s3", 1_200_000, 90),
        Doc(6, "tiktok", "Tui xach LV Speedy replica", null, "Louis Vuitton", "tiktok:s6", 900_000, 75, status: "removed"),
        Doc(7, "facebook", "Nước mắm Phú Quốc nhãn đỏ".Normalize(NormalizationForm.FormD), null, null, "facebook:s7", null, 40),
        Doc(8, "lazada", "Giày Nike Air Force 1 trắng", "Giày thể thao nam nữ", "Nike", "lazada:s2", 2_800_000, 0),
        Doc(9, "shopee", "Giày Nike Air Force 1 rep 1:1 super fake", null, "Nike", "shopee:s3", 350_000, 80),
        Doc(10, "shopee", "Cà phê Buôn Ma Thuột rang xay nguyên chất", null, null, "shopee:s1", 180_000, 0),
        Doc(11, "tiki", "Tai nghe Sony WH-1000XM5", null, "Sony", "tiki:s4", 6_500_000, 0),
        Doc(12, "shopee", "Nước hoa Chanel No5 hàng nhái", null, "Chanel", "shopee:s12", 250_000, 65),
        Doc(13, "lazada", "Ốp lưng <b>iPhone</b> 15", null, "Apple", "lazada:s13", 50_000, 0),
        Doc(14, "tiki", "Bánh tráng Tây Ninh", "Quà tặng kèm một chai nước mắm Phú Quốc", null, "tiki:s14", 40_000, 0),
    ];

    public static ListingDocument Doc(long id, string platform, string title, string? description, string? brand, string? seller,
        long? price, int risk, string status = "active", string? province = null) => new()
        {
            Id = id,
            Platform = platform,
            Title = title,
            Description = description,
            Brand = brand,
            Seller = seller,
            SellerName = seller is null ? null : "Shop " + seller,
            Province = province ?? "Thành phố Hồ Chí Minh",
            Ward = "Phường Bến Thành",
            Price = price,
            Risk = risk,
            RiskBand = RiskBands.Of(risk),
            Status = status,
            FirstSeen = Day.AddDays(id),
            LastSeen = Day.AddDays(300 + id % 3),
        };
}
