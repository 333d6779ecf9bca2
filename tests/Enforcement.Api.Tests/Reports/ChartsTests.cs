using System.Xml.Linq;
using Enforcement.Api.Reports.Outputs;

namespace Enforcement.Api.Tests.Reports;

/// <summary>The server-drawn charts: well-formed SVG, the same bytes for the same figures, the target line drawn.</summary>
public sealed class ChartsTests
{
    [Fact]
    public void Trend_chart_is_well_formed_deterministic_and_draws_the_target_line()
    {
        var svg = ReportCharts.Trend(OutputsFigures.October2026().Trend);
        var again = ReportCharts.Trend(OutputsFigures.October2026().Trend);
        var document = XDocument.Parse(svg);

        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.Equal(svg, again);
        var texts = document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains(ReportCharts.TargetSeries, texts);
        Assert.Contains("Xu hướng 24 tháng: số vụ vi phạm", texts);
        Assert.Contains("10/2026", texts);

        var without = ReportCharts.Trend(OutputsFigures.October2026(withTargetLine: false).Trend);
        Assert.DoesNotContain(ReportCharts.TargetSeries, without, StringComparison.Ordinal);
        Assert.NotEqual(svg, without);
    }

    [Fact]
    public void Category_chart_labels_each_category_in_Vietnamese()
    {
        var svg = ReportCharts.Categories(OutputsFigures.October2026().Violations.ByCategory);
        var texts = XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

        Assert.Contains("Hàng giả", texts);
        Assert.Contains("Hàng nhập lậu", texts);
        Assert.Contains("Số vụ vi phạm theo loại hàng", texts);
        Assert.Equal(svg, ReportCharts.Categories(OutputsFigures.October2026().Violations.ByCategory));
    }
}
