namespace Enforcement.Api.Reports.Figures;

/// <summary>
/// The reduction KPI: this year's counterfeit and smuggling records against a goal of last year's total less
/// the configured percentage, projected to the year's end by last year's seasonal pattern.
/// </summary>
internal static class TargetSection
{
    public const string OnTrack = "on_track";
    public const string OffTrack = "off_track";

    public static TargetStatus Build(ReportPeriod period, DateOnly today, RecordDays days, double goalPercent)
    {
        var year = period.Year;
        // Up to the period's end, or today while the period is running: last year is compared over the same span.
        var end = period.To <= today ? period.To : today;
        var ytd = days.Targeted(new DateOnly(year, 1, 1), end);
        var lastYearSpan = days.Targeted(new DateOnly(year - 1, 1, 1), end.AddYears(-1));
        var lastYear = days.TargetedInYear(year - 1);
        var goal = Goal(lastYear, goalPercent);

        int projected;
        if (end == new DateOnly(year, 12, 31)) projected = ytd; // a finished year: the actual count
        else if (lastYearSpan > 0) projected = Round((decimal)ytd * lastYear / lastYearSpan);
        else projected = Round((decimal)ytd * 12 / end.Month);

        var onTrack = goal is { } g ? projected <= g : ytd == 0;
        var target = new TargetStatus(onTrack ? OnTrack : OffTrack, "", year, ytd, lastYearSpan, lastYear, goal ?? 0, projected, goalPercent);
        return target with { Explanation = TargetExplanation.Write(target, end, goal is not null) };
    }

    /// <summary>The 24 months ending with the period's last month, with each month's share of its year's goal.</summary>
    public static IReadOnlyList<TrendPoint> Trend(ReportPeriod period, RecordDays days, double goalPercent)
    {
        var last = new DateOnly(period.Year, period.Month ?? 12, 1);
        return Enumerable.Range(0, 24).Select(i => last.AddMonths(i - 23)).Select(m =>
        {
            var to = m.AddMonths(1).AddDays(-1);
            double? line = Goal(days.TargetedInYear(m.Year - 1), goalPercent) is { } g ? Math.Round(g / 12.0, 2, MidpointRounding.AwayFromZero) : null;
            return new TrendPoint($"{m.Year:D4}-{m.Month:D2}", days.Records(m, to), days.Targeted(m, to), line);
        }).ToList();
    }

    /// <summary>floor(last year × (100 − goal %) / 100); none without a baseline.</summary>
    public static int? Goal(int lastYearTotal, double goalPercent) =>
        lastYearTotal == 0 ? null : (int)Math.Floor(lastYearTotal * (100m - (decimal)goalPercent) / 100m);

    private static int Round(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);
}
