using Enforcement.Api.Reports.Figures;
using MiniExcelLibs;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>The report as XLSX (MiniExcel): one sheet per table, Vietnamese headers, numbers stored as numbers.</summary>
internal static class ReportXlsx
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
        return stream.ToArray();
    }

    /// <summary>Rows keyed by header; an empty table keeps its header row.</summary>
    private static List<Dictionary<string, object?>> Rows(ReportTable table)
    {
        var rows = table.Rows.Select(r => table.Headers.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2)).ToList();
        if (rows.Count == 0) rows.Add(table.Headers.ToDictionary(h => h, _ => (object?)null));
        return rows;
    }
}
