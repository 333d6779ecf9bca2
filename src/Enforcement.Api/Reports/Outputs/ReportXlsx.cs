using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Enforcement.Api.Reports.Figures;
using MiniExcelLibs;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>The report as XLSX (MiniExcel): one sheet per table, Vietnamese headers, numbers stored as numbers.</summary>
internal static partial class ReportXlsx
{
    /// <summary>Sheet names (at most 31 characters, no / \ ? * [ ]), in the workbook's order.</summary>
    private static readonly (string Key, string Sheet)[] Sheets =
    [
        (ReportTables.Summary, "Tổng hợp"), (ReportTables.Category, "Theo loại hàng"), (ReportTables.Ward, "Theo xã phường"),
        (ReportTables.Channel, "Theo hình thức"), (ReportTables.Platform, "Theo sàn"), (ReportTables.Team, "Theo đội"),
        (ReportTables.Complaints, "Phản ánh"), (ReportTables.ComplaintChannels, "Phản ánh theo kênh"),
        (ReportTables.ComplaintCategories, "Phản ánh theo lĩnh vực"), (ReportTables.Rejections, "Lý do từ chối"),
        (ReportTables.Handoffs, "Chuyển hồ sơ"), (ReportTables.Trend, "Xu hướng 24 tháng"), (ReportTables.Target, "Chỉ tiêu"),
    ];

    public static async Task<byte[]> RenderAsync(ReportFigures f, CancellationToken ct)
    {
        var tables = ReportTables.Build(f).ToDictionary(t => t.Key);
        var workbook = new Dictionary<string, object>();
        foreach (var (key, sheet) in Sheets) workbook[sheet] = Rows(tables[key]);
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(workbook, cancellationToken: ct);
        return Unprefixed(stream.ToArray());
    }

    private const string SpreadsheetMl = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    /// <summary>
    /// MiniExcel writes SpreadsheetML with an "x:" prefix: valid, but readers that match tag names literally (exceljs,
    /// exceljs#1437) find no sheets. The same XML with SpreadsheetML as the default namespace, as Excel writes it.
    /// </summary>
    private static byte[] Unprefixed(byte[] xlsx)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                using var write = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal)) { read.CopyTo(write); continue; }
                using var reader = new StreamReader(read, Encoding.UTF8);
                var xml = reader.ReadToEnd();
                if (xml.Contains(SpreadsheetMl, StringComparison.Ordinal) && !xml.Contains(" xmlns=\"", StringComparison.Ordinal))
                    xml = Prefix().Replace(xml, "<$1").Replace(SpreadsheetMl, SpreadsheetMl.Replace("xmlns:x", "xmlns", StringComparison.Ordinal), StringComparison.Ordinal);
                write.Write(new UTF8Encoding(false).GetBytes(xml));
            }
        }
        return output.ToArray();
    }

    [GeneratedRegex("<(/?)x:")]
    private static partial Regex Prefix();

    /// <summary>Rows keyed by header; an empty table keeps its header row.</summary>
    private static List<Dictionary<string, object?>> Rows(ReportTable table)
    {
        var rows = table.Rows.Select(r => table.Headers.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2)).ToList();
        if (rows.Count == 0) rows.Add(table.Headers.ToDictionary(h => h, _ => (object?)null));
        return rows;
    }
}
