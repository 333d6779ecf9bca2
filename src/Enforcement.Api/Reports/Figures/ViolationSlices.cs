using Enforcement.Api.Cases.Records;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reports.Figures;

/// <summary>
/// A period's records and decisions, grouped in the database by every dimension a breakdown needs at once
/// (category, ward, online, platform, team): a few hundred rows at most, from which each breakdown is summed.
/// A decision's fine counts under its record's dimensions, in the month of the decision.
/// </summary>
internal sealed record ViolationSlice(
    string Category, string? WardCode, bool Online, string? Platform, string? TeamCode,
    int Records, long GoodsValueVnd, int Decisions, long FinesImposedVnd)
{
    public bool Targeted => GoodsCategories.Targeted.Contains(Category);

    public static async Task<IReadOnlyList<ViolationSlice>> LoadAsync(EnforcementDbContext db, ReportWindow w, CancellationToken ct)
    {
        var records = await db.ViolationRecords.AsNoTracking()
            .Where(r => r.RecordDate >= w.From && r.RecordDate <= w.To)
            .GroupBy(r => new { r.GoodsCategory, r.WardCode, r.Online, r.Platform, r.TeamCode })
            .Select(g => new { g.Key, Records = g.Count(), Goods = g.Sum(r => r.GoodsValueVnd) })
            .ToListAsync(ct);
        var decisions = await (
            from d in db.PenaltyDecisions.AsNoTracking()
            where d.DecisionDate >= w.From && d.DecisionDate <= w.To
            join r in db.ViolationRecords on d.ViolationRecordId equals r.Id
            group d.FineVnd by new { r.GoodsCategory, r.WardCode, r.Online, r.Platform, r.TeamCode } into g
            select new { g.Key, Decisions = g.Count(), Fines = g.Sum() }).ToListAsync(ct);

        var slices = records.Select(r => new ViolationSlice(r.Key.GoodsCategory, r.Key.WardCode, r.Key.Online, r.Key.Platform, r.Key.TeamCode, r.Records, r.Goods, 0, 0)).ToList();
        slices.AddRange(decisions.Select(d => new ViolationSlice(d.Key.GoodsCategory, d.Key.WardCode, d.Key.Online, d.Key.Platform, d.Key.TeamCode, 0, 0, d.Decisions, d.Fines)));
        return slices;
    }
}
