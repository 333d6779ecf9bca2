using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Reports;

/// <summary>Report settings ("Reports" section): the reduction KPI and how much of each list a report shows.</summary>
internal sealed class ReportsOptions
{
    public const string Section = "Reports";

    /// <summary>The yearly reduction goal for counterfeit and smuggling violations (chỉ tiêu giảm ≥ 10 %/năm).</summary>
    [Range(0.0, 100.0)]
    public double ReductionGoalPercent { get; set; } = 10;

    /// <summary>How many of the most frequent rejection reasons and handoff outcomes a report lists.</summary>
    [Range(1, 100)]
    public int TopReasons { get; set; } = 10;
}
