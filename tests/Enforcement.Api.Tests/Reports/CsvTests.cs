using System.Text;
using Enforcement.Api.Reports.Figures;
using Enforcement.Api.Reports.Outputs;

namespace Enforcement.Api.Tests.Reports;

/// <summary>Staff-written text in a report's CSV never runs as a spreadsheet formula.</summary>
public sealed class CsvTests
{
    [Fact]
    public void A_rejection_reason_that_looks_like_a_formula_is_defused_and_quoted()
    {
        var figures = OutputsFigures.October2026();
        figures = figures with { Complaints = figures.Complaints with { RejectionReasons = [new Count("x", "=HYPERLINK(\"http://x.example\",\"bấm\")", 1)] } };

        var csv = Encoding.UTF8.GetString(ReportCsv.Render(figures));

        Assert.Contains("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"bấm\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\"=HYPERLINK", csv, StringComparison.Ordinal);
    }
}
