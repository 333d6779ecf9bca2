using Enforcement.Api.Cases.Records;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reports.Figures;

/// <summary>Violations in a period: records and goods by record date, decisions and fines by decision date,
/// collections by payment date, cases by the Vietnam day they were opened or closed.</summary>
internal static class ViolationSection
{
    public static async Task<ViolationFigures> BuildAsync(EnforcementDbContext db, ReportWindow w, IReadOnlyList<ViolationSlice> slices,
        IReadOnlyDictionary<string, string> wardNames, CancellationToken ct)
    {
        var opened = await db.EnforcementCases.CountAsync(c => c.OpenedAt >= w.StartUtc && c.OpenedAt < w.EndUtc, ct);
        var closed = await db.EnforcementCases.CountAsync(c => c.ClosedAt >= w.StartUtc && c.ClosedAt < w.EndUtc, ct);
        var collected = await db.FineCollections.Where(f => f.CollectedDate >= w.From && f.CollectedDate <= w.To).SumAsync(f => f.AmountVnd, ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct);

        // Every category is listed, with zeros, so reports of different months line up.
        var byCategory = GoodsCategories.All.Select(c => Sum(c, ReportLabels.Goods(c), slices.Where(s => s.Category == c))).ToList();
        return new ViolationFigures(
            slices.Sum(s => s.Records), opened, closed, slices.Sum(s => s.Decisions),
            slices.Sum(s => s.FinesImposedVnd), collected, slices.Sum(s => s.GoodsValueVnd),
            byCategory,
            By(slices, s => s.WardCode ?? ReportLabels.None, k => wardNames.GetValueOrDefault(k) ?? ReportLabels.Unknown),
            [Sum("offline", ReportLabels.Channel(false), slices.Where(s => !s.Online)), Sum("online", ReportLabels.Channel(true), slices.Where(s => s.Online))],
            By(slices.Where(s => s.Online).ToList(), s => s.Platform ?? ReportLabels.None, ReportLabels.Platform),
            By(slices, s => s.TeamCode ?? ReportLabels.None, k => teams.GetValueOrDefault(k) ?? ReportLabels.Unknown));
    }

    /// <summary>Rows for the keys that have any figure, the most records first.</summary>
    private static List<Breakdown> By(IReadOnlyList<ViolationSlice> slices, Func<ViolationSlice, string> key, Func<string, string> label) =>
        slices.GroupBy(key).Select(g => Sum(g.Key, label(g.Key), g))
            .OrderByDescending(b => b.Records).ThenByDescending(b => b.FinesImposedVnd).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();

    private static Breakdown Sum(string key, string label, IEnumerable<ViolationSlice> slices)
    {
        var list = slices.ToList();
        return new Breakdown(key, label, list.Sum(s => s.Records), list.Sum(s => s.FinesImposedVnd), list.Sum(s => s.GoodsValueVnd));
    }
}
