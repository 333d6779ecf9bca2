using System.Globalization;
using System.Text;
using Enforcement.Api.Reports.Figures;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>
/// The report as CSV: UTF-8 with BOM (spreadsheets then read Vietnamese), one section per table (its title, its header
/// row, its rows, a blank line), numbers invariant and without thousands separators so they stay numbers.
/// </summary>
internal static class ReportCsv
{
    public static byte[] Render(ReportFigures f)
    {
        var csv = new StringBuilder();
        Line(csv, [$"BÁO CÁO KẾT QUẢ CÔNG TÁC KIỂM TRA, XỬ LÝ VI PHẠM {ReportText.PeriodName(f.Kind, f.Period).ToUpperInvariant()}"]);
        Line(csv, ["Kỳ báo cáo", f.Period, f.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
        foreach (var table in ReportTables.Build(f))
        {
            csv.Append("\r\n");
            Line(csv, [table.Title]);
            Line(csv, [.. table.Headers]);
            foreach (var row in table.Rows) Line(csv, row);
        }
        var preamble = Encoding.UTF8.GetPreamble();
        return [.. preamble, .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Line(StringBuilder csv, IReadOnlyList<object?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Cell(cells[i]));
        }
        csv.Append("\r\n");
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Math.Round(d, 2).ToString(CultureInfo.InvariantCulture),
        _ => Text(value.ToString() ?? ""),
    };

    /// <summary>Quoted when needed; a leading =, +, -, @ is defused so a spreadsheet never runs it as a formula.</summary>
    internal static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
