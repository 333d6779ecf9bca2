using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Reports;
using Enforcement.Api.Reports.Figures;
using Enforcement.Api.Reports.Outputs;
using Enforcement.Api.Reports.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Reports;

/// <summary>The leadership dashboard (bảng điều hành): the latest closed month against the previous one and last year, the trend with the target line, and whether this year's reports were submitted on time.</summary>
[Authorize(Policy = Policies.ReportReader)]
internal sealed class IndexModel(IReportFigures figures, EnforcementDbContext db, ReportDueDates due, TimeProvider clock) : PageModel
{
    public ReportFigures Latest { get; private set; } = null!;
    public string TrendChart { get; private set; } = "";
    public string CategoryChart { get; private set; } = "";
    public IReadOnlyList<string> Months { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>This year's KPI "100 % of reports on time", as the API's /timeliness computes it.</summary>
    public TimelinessView Timeliness { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(clock);
        var closed = new ReportPeriod(today.Year, today.Month).Previous;
        Latest = await figures.BuildAsync(closed, ct);
        TrendChart = ReportHtml.ChartImage(ReportCharts.Trend(Latest.Trend), "Biểu đồ xu hướng 24 tháng với đường mục tiêu", "dashboard-trend");
        CategoryChart = ReportHtml.ChartImage(ReportCharts.Categories(Latest.Violations.ByCategory), "Biểu đồ số vụ vi phạm theo loại hàng", "dashboard-categories");
        var first = new DateOnly(closed.Year, closed.Month!.Value, 1);
        Months = [.. Enumerable.Range(0, 24).Select(i => first.AddMonths(-i).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))];
        Years = [.. Enumerable.Range(0, 3).Select(i => today.Year - i)];
        Timeliness = await TimelinessEndpoint.ComputeAsync(today.Year, db, due, clock, ct);
    }
}
