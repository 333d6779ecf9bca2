using Enforcement.Api.Cases.Records;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reports.Figures;

/// <summary>
/// Records per Vietnam day from 1 January three years before the period to its end, counted in the database:
/// the trend, the target (this year, last year, and the years whose totals set the goals) and the comparisons
/// are sums over these few hundred rows.
/// </summary>
internal sealed class RecordDays
{
    private readonly SortedList<DateOnly, (int Records, int Targeted, long Goods)> _days;

    private RecordDays(SortedList<DateOnly, (int, int, long)> days) => _days = days;

    public static async Task<RecordDays> LoadAsync(EnforcementDbContext db, ReportPeriod period, CancellationToken ct)
    {
        var from = new DateOnly(period.Year - 3, 1, 1);
        var to = period.To;
        // GoodsCategories.Targeted, spelled out so that every provider counts it inside the GROUP BY.
        var rows = await db.ViolationRecords.AsNoTracking()
            .Where(r => r.RecordDate >= from && r.RecordDate <= to)
            .GroupBy(r => r.RecordDate)
            .Select(g => new
            {
                Day = g.Key,
                Records = g.Count(),
                Targeted = g.Count(r => r.GoodsCategory == GoodsCategories.Counterfeit || r.GoodsCategory == GoodsCategories.Smuggled),
                Goods = g.Sum(r => r.GoodsValueVnd),
            }).ToListAsync(ct);
        return new RecordDays(new SortedList<DateOnly, (int, int, long)>(rows.ToDictionary(r => r.Day, r => (r.Records, r.Targeted, r.Goods))));
    }

    public int Records(DateOnly from, DateOnly to) => In(from, to).Sum(d => d.Records);
    public int Targeted(DateOnly from, DateOnly to) => In(from, to).Sum(d => d.Targeted);
    public long Goods(DateOnly from, DateOnly to) => In(from, to).Sum(d => d.Goods);
    public int TargetedInYear(int year) => Targeted(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    private IEnumerable<(int Records, int Targeted, long Goods)> In(DateOnly from, DateOnly to) =>
        _days.Where(d => d.Key >= from && d.Key <= to).Select(d => d.Value);
}
