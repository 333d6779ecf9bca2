using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;

namespace Enforcement.Api.Reports.Demo;

/// <summary>
/// The codes the demo history (dữ liệu lịch sử mẫu) uses, in one place so they can be aligned with the reference data:
/// the violation codes are codes of the Decree 98/2020 data file (Cases/Records/decree-98-2020.json; a test holds
/// them to it); teams, platforms and agencies are the demo's own codes.
/// </summary>
internal static class DemoHistoryCatalog
{
    /// <summary>Tracking-code prefix of historical complaints ("lịch sử"): never collides with live PA- codes.</summary>
    public const string CodePrefix = "LS";

    public static readonly IReadOnlyDictionary<string, string[]> ViolationCodes = new Dictionary<string, string[]>
    {
        [GoodsCategories.Counterfeit] = ["nd98-d9-k1", "nd98-d11-k1", "nd98-d12-k1", "nd98-d15-k1"],
        [GoodsCategories.Smuggled] = ["nd98-d17-k1", "nd98-d17-k2", "nd98-d17-k3"],
        [GoodsCategories.IntellectualProperty] = ["nd98-d11-k2", "nd98-d11-k3"],
        [GoodsCategories.UnknownOrigin] = ["nd98-d18-k1", "nd98-d18-k4"],
        [GoodsCategories.Banned] = ["nd98-d8-k1", "nd98-d8-k2"],
        [GoodsCategories.Other] = ["nd98-d18-k2", "nd98-d18-k3"],
    };

    /// <summary>Fines for an individual (VND, min and max); organisations pay double (Decree 98/2020, Art. 4).</summary>
    public static readonly IReadOnlyDictionary<string, (long Min, long Max)> FineRange = new Dictionary<string, (long, long)>
    {
        [GoodsCategories.Counterfeit] = (10_000_000, 50_000_000),
        [GoodsCategories.Smuggled] = (5_000_000, 40_000_000),
        [GoodsCategories.IntellectualProperty] = (5_000_000, 30_000_000),
        [GoodsCategories.UnknownOrigin] = (3_000_000, 20_000_000),
        [GoodsCategories.Banned] = (10_000_000, 60_000_000),
        [GoodsCategories.Other] = (1_000_000, 10_000_000),
    };

    /// <summary>The goods category a violation found on a complaint of this category most often has.</summary>
    public static string GoodsCategoryFor(string complaintCategory, Random random) => complaintCategory switch
    {
        ComplaintCategories.Counterfeit => GoodsCategories.Counterfeit,
        ComplaintCategories.Smuggled => random.NextDouble() < 0.85 ? GoodsCategories.Smuggled : GoodsCategories.UnknownOrigin,
        ComplaintCategories.UnknownOrigin => random.NextDouble() < 0.8 ? GoodsCategories.UnknownOrigin : GoodsCategories.Smuggled,
        ComplaintCategories.IpInfringement => GoodsCategories.IntellectualProperty,
        ComplaintCategories.EcommerceFraud => random.NextDouble() < 0.5 ? GoodsCategories.Counterfeit : GoodsCategories.Other,
        ComplaintCategories.FoodSafety => random.NextDouble() < 0.2 ? GoodsCategories.Banned : GoodsCategories.Other,
        ComplaintCategories.Other => random.NextDouble() < 0.4 ? GoodsCategories.Banned : GoodsCategories.Other,
        _ => GoodsCategories.Other,
    };

    /// <summary>Platform codes as the Listings slice spells them, with their weight among online violations.</summary>
    public static readonly (string Code, double Weight)[] Platforms = [("shopee", 0.34), ("tiktok_shop", 0.28), ("facebook", 0.22), ("lazada", 0.16)];

    public const string TeamOnline = "QLTT-TMDT";
    public static readonly string[] FieldTeams = ["QLTT-D1", "QLTT-D2"];

    /// <summary>Demo user names (never full names) that wrote the records.</summary>
    public static readonly string[] Officers = ["inspector", "inspector2", "teamlead"];
    public const string Supervisor = "supervisor";

    public static readonly string[] RejectionReasons =
    [
        "Không đủ thông tin để xác minh",
        "Không thuộc thẩm quyền của cơ quan Quản lý thị trường",
        "Nội dung trùng với phản ánh đã tiếp nhận",
        "Người phản ánh rút đơn",
    ];

    public static readonly string[] PoliceReturnReasons = ["Không đủ yếu tố cấu thành tội phạm", "Trả lại hồ sơ để xử phạt hành chính"];
    public static readonly string[] MediationFailures = ["Doanh nghiệp không đồng ý bồi thường", "Người tiêu dùng không chấp nhận phương án hòa giải"];

    /// <summary>Where complaints outside QLTT's remit go (agency code and kind, as in the demo agencies).</summary>
    public static (string Code, string Kind) OtherAgencyFor(string complaintCategory) => complaintCategory switch
    {
        ComplaintCategories.FoodSafety => ("NNMT", Identity.AgencyKinds.AgricultureEnvironment),
        ComplaintCategories.IpInfringement => ("KHCN", Identity.AgencyKinds.ScienceTechnology),
        ComplaintCategories.Smuggled => ("HQ", Identity.AgencyKinds.Customs),
        _ => ("THUE", Identity.AgencyKinds.Tax),
    };

    /// <summary>Tết (Lunar New Year's day): trade peaks in the weeks before it.</summary>
    public static DateOnly Tet(int year) => year switch
    {
        2022 => new(2022, 2, 1), 2023 => new(2023, 1, 22), 2024 => new(2024, 2, 10), 2025 => new(2025, 1, 29),
        2026 => new(2026, 2, 17), 2027 => new(2027, 2, 6), 2028 => new(2028, 1, 26), 2029 => new(2029, 2, 13),
        2030 => new(2030, 2, 3), _ => new(year, 2, 1),
    };
}
