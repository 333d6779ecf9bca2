using System.Globalization;
using Enforcement.Api.Infrastructure;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>Numbers and dates as a Vietnamese document writes them: 1.234.567 and 12,5 %, dd/MM/yyyy.</summary>
internal static class ReportText
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    public static string Number(long value) => value.ToString("#,0", Vietnamese);

    public static string Percent(double? value) => value is { } v ? v.ToString("0.#", Vietnamese) + "%" : "—";

    public static string Change(double? value) => value is { } v ? (v > 0 ? "+" : "") + v.ToString("0.#", Vietnamese) + "%" : "—";

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"tháng 10/2026" or "năm 2026".</summary>
    public static string PeriodName(string kind, string period) =>
        kind == ReportPeriod.Yearly ? $"năm {period}" : $"tháng {period[5..]}/{period[..4]}";

    /// <summary>"Đồng Tháp, ngày 05 tháng 3 năm 2026": Decree 30 pads days below 10 and the months 1 and 2 with a zero.</summary>
    public static string PlaceAndDate(string place, DateTime generatedAtUtc)
    {
        var d = VietnamTime.ToLocal(generatedAtUtc);
        var month = d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture);
        return $"{place}, ngày {d.Day:00} tháng {month} năm {d.Year}";
    }

    /// <summary>"2026-10" as the month label "10/2026".</summary>
    public static string MonthLabel(string month) => month.Length == 7 ? $"{month[5..]}/{month[..4]}" : month;

    public static string TargetStatus(string status) => status == Figures.TargetSection.OnTrack ? "Đạt tiến độ" : "Chưa đạt tiến độ";

    /// <summary>The file name: bao-cao-2026-10.pdf, bao-cao-2026.xlsx.</summary>
    public static string FileName(string period, string extension) => $"bao-cao-{period}.{extension}";
}
