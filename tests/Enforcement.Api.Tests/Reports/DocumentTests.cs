using Enforcement.Api.Reports.Outputs;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests.Reports;

/// <summary>The report document's Decree 30 parts that the PDF tests do not reach: the yearly title, the date rule, encoding.</summary>
public sealed class DocumentTests
{
    private static ReportHtml Html(string signer = "Lê Văn Ký") => new(Options.Create(new ReportDocumentOptions
    {
        IssuingBody = "SỞ CÔNG THƯƠNG TỈNH ĐỒNG THÁP", Agency = "CHI CỤC QUẢN LÝ THỊ TRƯỜNG", Place = "Đồng Tháp",
        NumberSymbol = "BC-QLTT", SignerTitle = "CHI CỤC TRƯỞNG", Signer = signer, Recipients = ["Lưu: VT, NV."],
    }));

    [Fact]
    public void Yearly_report_is_titled_with_the_year_and_covers_the_whole_year()
    {
        var figures = OutputsFigures.October2026() with { Kind = "yearly", Period = "2026", From = new(2026, 1, 1), To = new(2026, 12, 31) };

        var html = Html().Render(figures);

        Assert.Contains("Kết quả công tác kiểm tra, xử lý vi phạm năm 2026</span>", html, StringComparison.Ordinal);
        Assert.Contains("(Số liệu từ ngày 01/01/2026 đến ngày 31/12/2026)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tháng 10/2026", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-04T17:30:00Z", "Đồng Tháp, ngày 05 tháng 3 năm 2026")]    // already the 5th in Vietnam
    [InlineData("2026-02-10T01:00:00Z", "Đồng Tháp, ngày 10 tháng 02 năm 2026")]   // months 1 and 2 take a zero
    [InlineData("2026-12-31T16:59:00Z", "Đồng Tháp, ngày 31 tháng 12 năm 2026")]
    public void Place_and_date_follow_Decree_30_in_Vietnam_time(string utc, string expected) =>
        Assert.Equal(expected, ReportText.PlaceAndDate("Đồng Tháp", DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Fact]
    public void Configured_text_is_encoded_and_amounts_use_dots()
    {
        var html = Html("<b>Ký</b>").Render(OutputsFigures.October2026());

        Assert.Contains("&lt;b&gt;Ký&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Ký", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1.234.567</td>", html, StringComparison.Ordinal);
        Assert.Equal("1.234.567", ReportText.Number(1_234_567));
        Assert.Equal("12,5%", ReportText.Percent(12.5));
    }
}
