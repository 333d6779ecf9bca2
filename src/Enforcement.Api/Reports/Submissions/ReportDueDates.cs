using Enforcement.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>When a report may be submitted and when it is due, in the Vietnam calendar (days end at midnight UTC+7).</summary>
internal sealed class ReportDueDates(IOptions<ReportSubmissionOptions> options)
{
    private ReportSubmissionOptions O => options.Value;

    /// <summary>The last day to submit.</summary>
    public DateOnly DueDate(ReportPeriod p)
    {
        if (p.Month is not null) return p.To.AddDays(1).AddDays(O.MonthlyDueDay - 1);
        ReportSubmissionOptions.TryDay(O.YearlyDueDate, p.Year, out var due);
        return due;
    }

    /// <summary>The end of the due day (exclusive): a submission before this instant is on time.</summary>
    public DateTime DueAt(ReportPeriod p) => VietnamTime.StartOfDayUtc(DueDate(p).AddDays(1));

    /// <summary>
    /// A month may be submitted once it has ended. The yearly report is due before the year ends (15 December),
    /// so it opens on <see cref="ReportSubmissionOptions.YearlyOpensDate"/>; January's corrections are a new version.
    /// </summary>
    public DateOnly OpensOn(ReportPeriod p)
    {
        if (p.Month is not null) return p.To.AddDays(1);
        ReportSubmissionOptions.TryDay(O.YearlyOpensDate, p.Year, out var opens);
        return opens;
    }

    public bool IsOpen(ReportPeriod p, TimeProvider clock) => VietnamTime.Today(clock) >= OpensOn(p);
}
