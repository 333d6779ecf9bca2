using Enforcement.Api.Identity;

namespace Enforcement.Api.Data.Seeding;

/// <summary>The agencies of a provincial Department of Industry and Trade and its partners.</summary>
internal static class DemoData
{
    public const string DemoPassword = "Demo@2026";

    public static IReadOnlyList<Agency> Agencies() =>
    [
        new() { Code = "SCT", Name = "Sở Công Thương", NameEn = "Department of Industry and Trade", Kind = AgencyKinds.Department },
        new()
        {
            Code = "QLTT", Name = "Chi cục Quản lý thị trường", NameEn = "Market Surveillance Sub-department", Kind = AgencyKinds.Qltt,
            Teams =
            [
                new() { Code = "QLTT-D1", Name = "Đội Quản lý thị trường số 1" },
                new() { Code = "QLTT-D2", Name = "Đội Quản lý thị trường số 2" },
                new() { Code = "QLTT-TMDT", Name = "Đội Quản lý thị trường thương mại điện tử" },
            ],
        },
        new() { Code = "CA", Name = "Công an tỉnh (Phòng Cảnh sát kinh tế)", NameEn = "Provincial Police (Economic Police)", Kind = AgencyKinds.Police },
        new() { Code = "BVNTD", Name = "Hội Bảo vệ người tiêu dùng tỉnh", NameEn = "Consumer Protection Association", Kind = AgencyKinds.ConsumerAssociation },
        new() { Code = "KHCN", Name = "Sở Khoa học và Công nghệ", NameEn = "Department of Science and Technology", Kind = AgencyKinds.ScienceTechnology },
        new() { Code = "NNMT", Name = "Sở Nông nghiệp và Môi trường", NameEn = "Department of Agriculture and Environment", Kind = AgencyKinds.AgricultureEnvironment },
        new() { Code = "THUE", Name = "Thuế tỉnh", NameEn = "Provincial Tax Office", Kind = AgencyKinds.Tax },
        new() { Code = "HQ", Name = "Chi cục Hải quan khu vực", NameEn = "Regional Customs", Kind = AgencyKinds.Customs },
    ];

    /// <summary>One demo user per role (user name, full name, role, agency code, team code).</summary>
    public static readonly IReadOnlyList<(string UserName, string FullName, string Role, string Agency, string? Team)> Users =
    [
        ("inspector", "Nguyễn Văn An", Roles.Inspector, "QLTT", "QLTT-D1"),
        ("inspector2", "Lê Thị Bình", Roles.Inspector, "QLTT", "QLTT-TMDT"),
        ("teamlead", "Trần Quốc Cường", Roles.TeamLead, "QLTT", "QLTT-D1"),
        ("supervisor", "Phạm Thị Dung", Roles.Supervisor, "QLTT", null),
        ("police", "Hoàng Minh Đức", Roles.AgencyLiaison, "CA", null),
        ("association", "Võ Thị Hoa", Roles.AgencyLiaison, "BVNTD", null),
        ("science", "Đặng Văn Khoa", Roles.AgencyLiaison, "KHCN", null),
        ("agriculture", "Ngô Thị Mai", Roles.AgencyLiaison, "NNMT", null),
        ("tax", "Đỗ Văn Nam", Roles.AgencyLiaison, "THUE", null),
        ("customs", "Lý Thị Oanh", Roles.AgencyLiaison, "HQ", null),
        ("analyst", "Bùi Thị Lan", Roles.Analyst, "SCT", null),
        ("admin", "Quản trị hệ thống", Roles.Admin, "SCT", null),
    ];
}
