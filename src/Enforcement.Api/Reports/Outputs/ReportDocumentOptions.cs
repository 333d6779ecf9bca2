using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>
/// Configuration section "Reports:Document": the parts of the report (báo cáo) that Decree 30/2020/NĐ-CP wants on
/// every administrative document. The signer is the only person a report names.
/// </summary>
internal sealed class ReportDocumentOptions
{
    public const string Section = "Reports:Document";

    /// <summary>The governing body, upper case (cơ quan chủ quản), e.g. "SỞ CÔNG THƯƠNG TỈNH ĐỒNG THÁP".</summary>
    [Required, MaxLength(200)] public string IssuingBody { get; set; } = "";

    /// <summary>The issuing agency, upper case (cơ quan ban hành), e.g. "CHI CỤC QUẢN LÝ THỊ TRƯỜNG".</summary>
    [Required, MaxLength(200)] public string Agency { get; set; } = "";

    /// <summary>The place in "&lt;Place&gt;, ngày ... tháng ... năm ...".</summary>
    [Required, MaxLength(100)] public string Place { get; set; } = "";

    /// <summary>The symbol after the number, e.g. "BC-QLTT"; the clerk writes the number when the report is issued.</summary>
    [Required, MaxLength(50), RegularExpression(@"^[A-ZĐ0-9\-]+$")] public string NumberSymbol { get; set; } = "BC-QLTT";

    /// <summary>The signer's title (chức vụ), e.g. "CHI CỤC TRƯỞNG".</summary>
    [Required, MaxLength(100)] public string SignerTitle { get; set; } = "";

    /// <summary>The signer's full name, the only person named in a report.</summary>
    [Required, MaxLength(100)] public string Signer { get; set; } = "";

    /// <summary>"Nơi nhận:" lines, e.g. "Sở Công Thương (để báo cáo);".</summary>
    [MinLength(1)] public List<string> Recipients { get; set; } = [];
}
