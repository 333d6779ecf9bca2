using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Reports.Figures;

/// <summary>
/// A period's figures, every count and sum taken by the database (GROUP BY over the indexed dates): the query reads
/// a few hundred grouped rows, never the records themselves, so a month over a million cases stays quick.
/// </summary>
internal sealed class ReportFiguresQuery(EnforcementDbContext db, TimeProvider clock, IOptions<ReportsOptions> options) : IReportFigures
{
    public async Task<ReportFigures> BuildAsync(ReportPeriod period, CancellationToken ct)
    {
        var o = options.Value;
        var window = ReportWindow.Of(period);
        var slices = await ViolationSlice.LoadAsync(db, window, ct);
        var received = await ComplaintSection.ReceivedAsync(db, window, ct);
        var codes = slices.Where(s => s.WardCode is not null).Select(s => s.WardCode!).Union(received.Select(r => r.WardCode)).Distinct().ToList();
        var wardNames = await db.Wards.AsNoTracking().Where(w => codes.Contains(w.Code)).ToDictionaryAsync(w => w.Code, w => w.Name, ct);

        var violations = await ViolationSection.BuildAsync(db, window, slices, wardNames, ct);
        var complaints = await ComplaintSection.BuildAsync(db, window, received, o.TopReasons, ct);
        var handoffs = await HandoffSection.BuildAsync(db, window, o.TopReasons, ct);
        var days = await RecordDays.LoadAsync(db, period, ct);
        var targeted = slices.Where(s => s.Targeted).Sum(s => s.Records);

        return new ReportFigures(
            period.Kind, period.ToString(), period.From, period.To, clock.GetUtcNow().UtcDateTime,
            violations, complaints, handoffs,
            await CompareAsync(period.Previous, days, violations.Records, targeted, ct),
            await CompareAsync(period.SameLastYear, days, violations.Records, targeted, ct),
            TargetSection.Build(period, VietnamTime.Today(clock), days, o.ReductionGoalPercent),
            TargetSection.Trend(period, days, o.ReductionGoalPercent),
            WardTable.Build(slices, received, wardNames));
    }

    /// <summary>Another period's headline figures, and how much this period's records changed from them (null from zero).</summary>
    private async Task<PeriodComparison> CompareAsync(ReportPeriod other, RecordDays days, int records, int targeted, CancellationToken ct)
    {
        var w = ReportWindow.Of(other);
        var fines = await db.PenaltyDecisions.Where(d => d.DecisionDate >= w.From && d.DecisionDate <= w.To).SumAsync(d => d.FineVnd, ct);
        var complaints = await db.Complaints.CountAsync(c => c.SubmittedAt >= w.StartUtc && c.SubmittedAt < w.EndUtc, ct);
        var (baseRecords, baseTargeted) = (days.Records(w.From, w.To), days.Targeted(w.From, w.To));
        return new PeriodComparison(other.ToString(), baseRecords, baseTargeted, fines, days.Goods(w.From, w.To), complaints,
            Change(records, baseRecords), Change(targeted, baseTargeted));
    }

    private static double? Change(int current, int baseline) =>
        baseline == 0 ? null : Math.Round(100.0 * (current - baseline) / baseline, 1, MidpointRounding.AwayFromZero);
}
