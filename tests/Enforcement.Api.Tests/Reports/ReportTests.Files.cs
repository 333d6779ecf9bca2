using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Data.Seeding;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Reports;

/// <summary>The files hold the JSON's figures, read back by readers this project did not write, and no personal data.</summary>
public abstract partial class ReportTests<TApp>
{
    [Fact]
    public async Task The_xlsx_pdf_and_csv_of_a_month_hold_the_jsons_figures_and_no_personal_data()
    {
        var json = await ReportAsync("monthly/2026-10");
        var v = json.GetProperty("violations");
        var client = await app.StaffClientAsync("analyst");
        async Task<byte[]> FileAsync(string format)
        {
            var response = await client.GetAsync("/api/staff/reports/monthly/2026-10?format=" + format);
            Assert.True(response.IsSuccessStatusCode, $"{format}: {(int)response.StatusCode}");
            return await response.Content.ReadAsByteArrayAsync();
        }

        var dir = Directory.CreateTempSubdirectory("report-files-").FullName;
        var xlsx = Path.Combine(dir, "r.xlsx");
        var pdf = Path.Combine(dir, "r.pdf");
        await File.WriteAllBytesAsync(xlsx, await FileAsync("xlsx"));
        await File.WriteAllBytesAsync(pdf, await FileAsync("pdf"));
        var csv = System.Text.Encoding.UTF8.GetString(await FileAsync("csv"));
        var sheets = JsonDocument.Parse(await ReportTools.Run("node", ReportTools.ReadXlsxScript, ReportTools.ExcelJsDirectory, xlsx)).RootElement;
        var pdfText = Regex.Replace(await ReportTools.Run("pdftotext", "-layout", pdf, "-"), @"\s+", " ");
        Directory.Delete(dir, recursive: true);

        var summary = sheets.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "Tổng hợp").GetProperty("rows").EnumerateArray()
            .Skip(1).Where(r => r[1].GetProperty("t").GetString() == "number").ToDictionary(r => r[0].GetProperty("v").GetString()!, r => r[1].GetProperty("v").GetInt64());
        var expected = new Dictionary<string, long>
        {
            ["Số vụ vi phạm (biên bản)"] = v.Int("records"),
            ["Quyết định xử phạt"] = v.Int("penaltyDecisions"),
            ["Tiền phạt đã quyết định (đồng)"] = v.Long("finesImposedVnd"),
            ["Tiền phạt đã thu (đồng)"] = v.Long("finesCollectedVnd"),
            ["Trị giá hàng hóa vi phạm (đồng)"] = v.Long("goodsValueVnd"),
            ["Phản ánh tiếp nhận"] = json.GetProperty("complaints").Int("received"),
        };
        var vietnamese = CultureInfo.GetCultureInfo("vi-VN");
        foreach (var (label, value) in expected)
        {
            Assert.Equal(value, summary[label]);                                              // XLSX, as exceljs reads it
            Assert.Contains($"{label},{value}", csv, StringComparison.Ordinal);               // CSV, invariant numbers
            // PDF, 59.000.000; the table cell may wrap the unit "(đồng)" below the number.
            var pattern = Regex.Escape(label.Replace(" (đồng)", "", StringComparison.Ordinal)) + @"( \(đồng\))? " + Regex.Escape(value.ToString("#,0", vietnamese)) + " ";
            Assert.Matches(pattern, pdfText);
        }
        Assert.Contains(Regex.Replace(json.GetProperty("target").Str("explanation"), @"\s+", " "), pdfText, StringComparison.Ordinal);

        // Nothing that names a complainant or a member of staff, in any output.
        var outputs = new[] { json.GetRawText(), csv, pdfText, sheets.GetRawText() };
        var personal = new[] { ReportHistory.ComplainantName, ReportHistory.ComplainantPhone, ReportHistory.ComplainantEmail, "Lý Thường Kiệt", "Minh Phát" }
            .Concat(DemoData.Users.Select(u => u.FullName));
        foreach (var output in outputs)
            Assert.All(personal, p => Assert.DoesNotContain(p, output, StringComparison.Ordinal));
    }
}
