using Enforcement.Api.Listings.Search;

namespace Enforcement.Benchmarks.Listings;

/// <summary>
/// One of the 20 representative searches: the request as the API receives it, and for its floor the same
/// filter and order as bare SQL over the index's own table (double-quoted names work in both databases).
/// </summary>
internal sealed record BenchQuery(string Label, SearchListingsRequest Request, string? FloorWhere = null, string? FloorOrder = null)
{
    private static SearchListingsRequest Q(string? q = null, string[]? platform = null, string[]? brand = null, string[]? risk = null,
        string? maxPrice = null, string? sort = null, bool prefix = false) =>
        new(q, platform, brand, null, null, maxPrice, risk, null, null, null, null, null, sort, null, "20", prefix);

    private const string Newest = "\"FirstSeen\" DESC, \"Id\"";

    public static readonly BenchQuery[] All =
    [
        new("tui xach lv like auth", Q("tui xach lv like auth")),
        new("nuoc mam phu quoc", Q("nuoc mam phu quoc")),
        new("dong ho", Q("dong ho")),
        new("ĐỒNG HỒ casio", Q("ĐỒNG HỒ casio")),
        new("iphone 15", Q("iphone 15")),
        new("giay nike", Q("giay nike")),
        new("\"like auth\"", Q("\"like auth\"")),
        new("rep 1:1", Q("rep 1:1")),
        new("hang nhai", Q("hang nhai")),
        new("ca phe buon ma thuot", Q("ca phe buon ma thuot")),
        new("nike OR adidas", Q("nike OR adidas")),
        new("tui xach -replica", Q("tui xach -replica")),
        new("dong h (prefix)", Q("dong h", prefix: true)),
        new("tui xach lv like auth, risk=high", Q("tui xach lv like auth", risk: ["high"]), "\"RiskBand\" = 'high'"),
        new("giay nike, sort=price_asc", Q("giay nike", sort: "price_asc"), null, "COALESCE(\"Price\", 9223372036854775807), \"Id\""),
        new("platform=shopee, risk=high", Q(platform: ["shopee"], risk: ["high"]), "\"Platform\" = 'shopee' AND \"RiskBand\" = 'high'", Newest),
        new("brand=Louis Vuitton, maxPrice=2000000", Q(brand: ["Louis Vuitton"], maxPrice: "2000000"), "\"Brand\" = 'Louis Vuitton' AND \"Price\" <= 2000000", Newest),
        new("sort=risk (all)", Q(sort: "risk"), null, "\"Risk\" DESC, \"Id\""),
        new("sort=price_asc (all)", Q(sort: "price_asc"), null, "COALESCE(\"Price\", 9223372036854775807), \"Id\""),
        new("match all", Q(), null, Newest),
    ];
}
