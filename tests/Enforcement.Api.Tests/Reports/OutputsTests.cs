using System.Text;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Reports;

/// <summary>The report files read back by readers this project did not write: pdftotext, exceljs, and a CSV parse.</summary>
public abstract class OutputsTests<TApp>(OutputsFixture<TApp> fx) : IClassFixture<OutputsFixture<TApp>> where TApp : AppFactory, new()
{
    [Fact]
    public void Pdf_is_an_A4_Decree_30_document_with_the_figures_and_the_target_sentence()
    {
        Assert.Equal("application/pdf", fx.Pdf.ContentType);
        Assert.Equal("bao-cao-2026-10.pdf", fx.Pdf.FileName);
        Assert.Matches(@"Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)", fx.PdfInfo);
        var text = fx.PdfText;
        foreach (var expected in new[]
        {
            "SỞ CÔNG THƯƠNG", "CHI CỤC QUẢN LÝ THỊ TRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "/BC-QLTT",
            "ngày 03 tháng 11 năm 2026", "BÁO CÁO", "Kết quả công tác kiểm tra, xử lý vi phạm tháng 10/2026", "từ ngày 01/10/2026 đến ngày 31/10/2026",
            "I. TÌNH HÌNH VI PHẠM", "II. TIẾP NHẬN, GIẢI QUYẾT PHẢN ÁNH", "III. PHỐI HỢP, CHUYỂN HỒ SƠ", "IV. CHỈ TIÊU GIẢM TỪ 10%",
            "lập 37 biên bản", "1.234.567", "765.432", "98.765.432", "Tiếp nhận 46 phản ánh", "tỷ lệ 90%", OutputsFigures.Ward,
            "Tình trạng: Đạt tiến độ.", OutputsFigures.Explanation, "Nơi nhận:", "Lưu: VT, NV.", "CHI CỤC TRƯỞNG", fx.Signer,
        })
            Assert.True(text.Contains(expected, StringComparison.Ordinal), $"the PDF lacks \"{expected}\"");
        Assert.True(Pages(fx.PdfInfo) >= 2, "a full report runs over one page");
        Assert.Equal("2", fx.SecondPageLines[^1]);   // the footer's page number
    }

    [Fact]
    public async Task Xlsx_read_by_exceljs_has_the_sheets_Vietnamese_headers_and_numbers_as_numbers()
    {
        Assert.Equal("bao-cao-2026-10.xlsx", fx.Xlsx.FileName);
        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(file, fx.Xlsx.Content);
        var sheets = JsonDocument.Parse(await ReportTools.Run("node", ReportTools.ReadXlsxScript, ReportTools.ExcelJsDirectory, file)).RootElement;
        File.Delete(file);

        var names = sheets.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Tổng hợp", "Theo loại hàng", "Theo xã phường", "Theo hình thức", "Theo sàn", "Theo đội", "Phản ánh", "Phản ánh theo kênh",
            "Phản ánh theo lĩnh vực", "Lý do từ chối", "Chuyển hồ sơ", "Xu hướng 24 tháng", "Chỉ tiêu"], names);
        var summary = Rows(sheets, "Tổng hợp");
        Assert.Equal(["Chỉ tiêu", "Kỳ báo cáo", "Kỳ trước (2026-09)", "Cùng kỳ năm trước (2025-10)"], summary[0].Select(c => c.GetProperty("v").GetString()));
        var fines = summary.Single(r => r[0].GetProperty("v").GetString() == "Tiền phạt đã quyết định (đồng)");
        Assert.Equal("number", fines[1].GetProperty("t").GetString());
        Assert.Equal(1_234_567, fines[1].GetProperty("v").GetInt64());
        Assert.Equal(2_000_000, fines[2].GetProperty("v").GetInt64());
        Assert.Equal(37, summary.Single(r => r[0].GetProperty("v").GetString() == "Số vụ vi phạm (biên bản)")[1].GetProperty("v").GetInt32());
        Assert.Equal(21, summary.Single(r => r[0].GetProperty("v").GetString() == "Trong đó: hàng giả, hàng nhập lậu")[1].GetProperty("v").GetInt32());
        var ward = Rows(sheets, "Theo xã phường");
        Assert.Equal(OutputsFigures.Ward, ward[1][1].GetProperty("v").GetString());
        Assert.Equal(98_765_432, ward[1][5].GetProperty("v").GetInt64());
        Assert.Equal(25, Rows(sheets, "Xu hướng 24 tháng").Count);   // header and 24 months
        var target = Rows(sheets, "Chỉ tiêu");
        Assert.Equal(OutputsFigures.Explanation, target.Single(r => r[0].GetProperty("v").GetString() == "Giải thích")[1].GetProperty("v").GetString());
        var all = string.Join('\n', sheets.EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).SelectMany(r => r.EnumerateArray()).Select(c => c.GetProperty("v").ToString()));
        Assert.All(fx.PersonalNames, n => Assert.DoesNotContain(n, all, StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_has_a_BOM_one_section_per_table_and_plain_numbers()
    {
        Assert.Equal("bao-cao-2026-10.csv", fx.Csv.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), fx.Csv.Content[..3]);
        var lines = Encoding.UTF8.GetString(fx.Csv.Content[3..]).Split("\r\n").Select(ParseCsvLine).ToList();
        var summary = lines.FindIndex(l => l is ["Tổng hợp"]);
        Assert.Equal(["Chỉ tiêu", "Kỳ báo cáo", "Kỳ trước (2026-09)", "Cùng kỳ năm trước (2025-10)"], lines[summary + 1]);
        Assert.Contains(["Tiền phạt đã quyết định (đồng)", "1234567", "2000000", "3000000"], lines);
        Assert.Contains(["Trị giá hàng hóa vi phạm (đồng)", "98765432", "90000000", "80000000"], lines);
        Assert.Contains(["99001", OutputsFigures.Ward, "37", "21", "1234567", "98765432", "46"], lines);
        Assert.Contains(["Tỷ lệ đúng hạn (%)", "90"], lines);
        Assert.Contains(["Giải thích", OutputsFigures.Explanation], lines);   // quoted: the sentence has commas
        Assert.Equal(13, lines.Count(l => l.Count == 1 && l[0].Length > 0 && !l[0].StartsWith("BÁO CÁO", StringComparison.Ordinal)));
    }

    [Fact]
    public void No_output_names_anyone_but_the_signer()
    {
        Assert.NotEmpty(fx.PersonalNames);   // the demo staff at least
        var csv = Encoding.UTF8.GetString(fx.Csv.Content);
        foreach (var name in fx.PersonalNames)
        {
            Assert.DoesNotContain(name, fx.PdfText, StringComparison.Ordinal);
            Assert.DoesNotContain(name, fx.Html, StringComparison.Ordinal);
            Assert.DoesNotContain(name, csv, StringComparison.Ordinal);
        }
        Assert.Contains(fx.Signer, fx.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("@", fx.PdfText, StringComparison.Ordinal);   // no e-mail address
    }

    private static int Pages(string info) => int.Parse(System.Text.RegularExpressions.Regex.Match(info, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static List<List<JsonElement>> Rows(JsonElement sheets, string name) =>
        [.. sheets.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToList())];

    /// <summary>RFC 4180: commas split, quotes wrap, doubled quotes stand for one.</summary>
    private static List<string> ParseCsvLine(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
            else if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(ch);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}

/// <summary>
/// Once: the renderers read no database (the figures are given), so a PostgreSQL run would only print the same PDF
/// twice. ReportTests.Files renders the files from each database's real figures.
/// </summary>
public sealed class OutputsTests_Sqlite(OutputsFixture<SqliteApp> fx) : OutputsTests<SqliteApp>(fx);
