using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>
/// One report's timeliness. Status: <c>on_time</c> or <c>late</c> (by the first version), <c>overdue</c> (due and not
/// submitted), <c>pending</c> (not yet due).
/// </summary>
public sealed record TimelinessRow(string Kind, string Period, DateOnly DueDate, DateTime DueAt, DateTime? FirstSubmittedAt, int Versions, bool? OnTime, string Status);

/// <summary>
/// The KPI "100 % of reports on time" for a year: its twelve monthly reports and the yearly one. The percentage counts
/// the reports that are due or submitted; null when none is yet.
/// </summary>
public sealed record TimelinessView(int Year, int Due, int OnTime, double? OnTimePercent, double TargetPercent, IReadOnlyList<TimelinessRow> Reports);

internal static class TimelinessEndpoint
{
    public static RouteGroupBuilder MapTimeliness(this RouteGroupBuilder group)
    {
        group.MapGet("/timeliness", GetAsync).WithName("ReportTimeliness")
            .WithSummary("Per report of the year: due date, first submission, on time; and the share of reports on time (target 100 %).")
            .Produces<TimelinessView>().ProducesValidationProblem();
        return group;
    }

    internal static async Task<Results<Ok<TimelinessView>, ValidationProblem>> GetAsync(
        string? year, EnforcementDbContext db, ReportDueDates due, TimeProvider clock, CancellationToken ct)
    {
        if (!ReportPeriod.TryParseYear(year, out var yearly))
            return Problems.Validation(new Dictionary<string, string[]> { ["year"] = [Text.Get("reports.submission.yearInvalid")] });

        return TypedResults.Ok(await ComputeAsync(yearly.Year, db, due, clock, ct));
    }

    /// <summary>The year's KPI; the dashboard page shows the same.</summary>
    internal static async Task<TimelinessView> ComputeAsync(int year, EnforcementDbContext db, ReportDueDates due, TimeProvider clock, CancellationToken ct)
    {
        var yearly = new ReportPeriod(year, null);
        var periods = Enumerable.Range(1, 12).Select(m => new ReportPeriod(yearly.Year, m)).Append(yearly).ToList();
        var keys = periods.Select(p => p.ToString()).ToList();
        // A handful of rows (13 periods, a few versions each); a submitted report's timeliness is its first version's, as frozen.
        var submitted = await db.Set<ReportSubmission>().AsNoTracking().Where(s => keys.Contains(s.Period))
            .Select(s => new { s.Kind, s.Period, s.Version, s.SubmittedAt, s.OnTime }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = periods.Select(p =>
        {
            var versions = submitted.Where(s => s.Kind == p.Kind && s.Period == p.ToString()).ToList();
            var first = versions.MinBy(s => s.Version);
            var dueAt = due.DueAt(p);
            bool? onTime = first is null ? (now >= dueAt ? false : null) : first.OnTime;
            var status = first is not null ? (onTime == true ? "on_time" : "late") : onTime == false ? "overdue" : "pending";
            return new TimelinessRow(p.Kind, p.ToString(), due.DueDate(p), dueAt, first?.SubmittedAt, versions.Count, onTime, status);
        }).ToList();
        var counted = rows.Count(r => r.OnTime is not null);
        var onTimeCount = rows.Count(r => r.OnTime == true);
        double? percent = counted == 0 ? null : Math.Round(100.0 * onTimeCount / counted, 1);
        return new TimelinessView(yearly.Year, counted, onTimeCount, percent, 100, rows);
    }
}
