using Enforcement.Api.Reports.Figures;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>
/// The report's charts, drawn on the server as SVG (ScottPlot) so the page and the PDF show the same picture.
/// No clock, no randomness: the same figures give the same bytes. Text stays SVG text in a font with Vietnamese.
/// </summary>
internal static partial class ReportCharts
{
    /// <summary>A Debian font with every Vietnamese letter, registered for ScottPlot's text measuring.</summary>
    private const string FontName = "DejaVu Sans";
    private static readonly string[] FontFiles = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];
    private static readonly Lock FontLock = new();
    private static bool _fontsAdded;

    public const string TargetSeries = "Đường mục tiêu (giảm ≥10%)";

    public static string Trend(IReadOnlyList<TrendPoint> trend)
    {
        var plot = NewPlot("Xu hướng 24 tháng: số vụ vi phạm", "Tháng", "Số vụ");
        double[] xs = [.. trend.Select((_, i) => (double)i)];
        var all = plot.Add.Scatter(xs, trend.Select(t => (double)t.Records).ToArray());
        all.LegendText = "Tất cả vụ vi phạm";
        all.Color = new Color(0x7f, 0x8c, 0x8d);
        all.LineWidth = 2;
        all.MarkerSize = 4;
        var targeted = plot.Add.Scatter(xs, trend.Select(t => (double)t.TargetedRecords).ToArray());
        targeted.LegendText = "Hàng giả, hàng nhập lậu";
        targeted.Color = new Color(0xc0, 0x39, 0x2b);
        targeted.LineWidth = 2.5f;
        targeted.MarkerSize = 5;
        var withTarget = trend.Select((t, i) => (t, i)).Where(p => p.t.TargetLine is not null).ToList();
        if (withTarget.Count > 0)
        {
            var line = plot.Add.Scatter(withTarget.Select(p => (double)p.i).ToArray(), withTarget.Select(p => p.t.TargetLine!.Value).ToArray());
            line.LegendText = TargetSeries;
            line.Color = new Color(0x1f, 0x5f, 0xa8);
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 2;
            line.MarkerSize = 0;
        }
        // Every third month labelled, the last one always.
        var ticks = trend.Select((t, i) => (t, i)).Where(p => p.i % 3 == (trend.Count - 1) % 3).ToList();
        plot.Axes.Bottom.SetTicks(ticks.Select(p => (double)p.i).ToArray(), ticks.Select(p => ReportText.MonthLabel(p.t.Month)).ToArray());
        var top = trend.Select(t => Math.Max(t.Records, Math.Max(t.TargetedRecords, t.TargetLine ?? 0))).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(-0.5, Math.Max(trend.Count - 0.5, 0.5), 0, Math.Max(1, top * 1.15));
        plot.ShowLegend(Edge.Bottom);
        return Stable(plot.GetSvgXml(880, 380));
    }

    public static string Categories(IReadOnlyList<Breakdown> byCategory)
    {
        var plot = NewPlot("Số vụ vi phạm theo loại hàng", "", "Số vụ");
        double[] xs = [.. byCategory.Select((_, i) => (double)i)];
        var bars = plot.Add.Bars(xs, byCategory.Select(b => (double)b.Records).ToArray());
        bars.Color = new Color(0x1f, 0x5f, 0xa8);
        foreach (var bar in bars.Bars) bar.Label = ReportText.Number((long)bar.Value);
        bars.ValueLabelStyle.FontName = FontName;
        plot.Axes.Bottom.SetTicks(xs, byCategory.Select(b => b.Label).ToArray());
        var top = byCategory.Select(b => b.Records).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(-0.6, Math.Max(byCategory.Count - 0.4, 0.6), 0, Math.Max(1, top * 1.2));
        return Stable(plot.GetSvgXml(880, 340));
    }

    /// <summary>Skia numbers clip paths with a process-wide counter; numbered per chart, the same figures give the same bytes.</summary>
    private static string Stable(string svg)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        return ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out var id)) ids[m.Value] = id = $"clip{ids.Count + 1}";
            return id;
        });
    }

    [GeneratedRegex("cl_[0-9a-f]+")]
    private static partial Regex ClipId();

    private static Plot NewPlot(string title, string x, string y)
    {
        EnsureFonts();
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(title, size: 16);
        if (x.Length > 0) plot.XLabel(x, size: 13);
        plot.YLabel(y, size: 13);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Left.TickLabelStyle.FontSize = 11;
        plot.Grid.MajorLineColor = new Color(0xdd, 0xdd, 0xdd);
        return plot;
    }

    private static void EnsureFonts()
    {
        lock (FontLock)
        {
            if (_fontsAdded) return;
            foreach (var file in FontFiles.Where(File.Exists)) Fonts.AddFontFile(FontName, file, bold: file.Contains("Bold", StringComparison.Ordinal));
            _fontsAdded = true;
        }
    }
}
