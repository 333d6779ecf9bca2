using Enforcement.Api.Listings.Risk;
using Enforcement.Api.Listings.Risk.Lexicon;
using Enforcement.Api.Listings.Risk.Rules;

namespace Enforcement.Api.Tests.Listings.Risk;

/// <summary>A small reference snapshot and listing builders shared by the risk tests.</summary>
internal static class RiskFixtures
{
    public const long LouisVuitton = 1, Casio = 2, PhuQuoc = 3, TrungNguyen = 4;
    public const long Neverfull = 10, Speedy = 11, GShock = 20, FishSauce = 30, Coffee = 40;
    public static readonly DateTime Now = new(2026, 11, 24, 8, 0, 0, DateTimeKind.Utc);

    public static readonly GenuineReference GenuineData = new(
        [
            new(LouisVuitton, "Louis Vuitton", ["LV", "Louis Vuiton"], Protected: true),
            new(Casio, "Casio", [], Protected: true),
            new(PhuQuoc, "Phú Quốc", [], Protected: false),
            new(TrungNguyen, "Trung Nguyên", ["Trung Nguyên Legend"], Protected: false),
        ],
        [
            new(Neverfull, LouisVuitton, "Neverfull MM", ["neverfull", "túi xách", "tote"], 35_000_000, 60_000_000, false),
            new(Speedy, LouisVuitton, "Speedy 30", ["speedy", "túi xách"], 30_000_000, 50_000_000, false),
            new(GShock, Casio, "Đồng hồ Casio G-Shock", ["đồng hồ", "g-shock", "g shock"], 2_000_000, 8_000_000, false),
            new(FishSauce, PhuQuoc, "Nước mắm Phú Quốc 40 độ đạm", ["nước mắm", "40 độ đạm"], 90_000, 250_000, true),
            new(Coffee, TrungNguyen, "Cà phê Trung Nguyên Sáng tạo 8", ["cà phê", "sáng tạo 8"], 150_000, null, false),
        ],
        [
            new(LouisVuitton, "shopee", "lv-official"),
            new(Casio, "lazada", "casio-vn"),
        ]);

    public static RiskInput Listing(string title, long? price = null, string? description = null, string? brand = null,
        string? seller = "shopee:shop-123", int ageDays = 60) =>
        new(title, description, price, brand, "shopee", seller, Now.AddDays(-ageDays), Now);

    public static RiskContext Context(RiskInput input) => RiskContext.For(input, GenuineData);

    public static RiskScorer Scorer(ListingRiskOptions? options = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options ?? new ListingRiskOptions()), CounterfeitLexicon.Embedded);
}
