using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reports.Figures;

/// <summary>Complaints received (by submission instant) and settled (by resolution instant) in a period, Vietnam time.</summary>
internal static class ComplaintSection
{
    /// <summary>Complaints received, grouped by channel, category and ward in the database.</summary>
    internal sealed record Received(string Channel, string Category, string WardCode, int Count);

    public static Task<List<Received>> ReceivedAsync(EnforcementDbContext db, ReportWindow w, CancellationToken ct) =>
        db.Complaints.AsNoTracking().Where(c => c.SubmittedAt >= w.StartUtc && c.SubmittedAt < w.EndUtc)
            .GroupBy(c => new { c.Channel, c.Category, c.WardCode })
            .Select(g => new Received(g.Key.Channel, g.Key.Category, g.Key.WardCode, g.Count())).ToListAsync(ct);

    public static async Task<ComplaintFigures> BuildAsync(EnforcementDbContext db, ReportWindow w, IReadOnlyList<Received> received, int top, CancellationToken ct)
    {
        var settled = db.ComplaintResolutions.AsNoTracking().Where(r => r.ResolvedAt >= w.StartUtc && r.ResolvedAt < w.EndUtc);
        var counts = await settled.GroupBy(r => new { r.Status, r.OnTime }).Select(g => new { g.Key.Status, g.Key.OnTime, Count = g.Count() }).ToListAsync(ct);
        var resolved = counts.Where(c => c.Status == ComplaintStatuses.Resolved).Sum(c => c.Count);
        var onTime = counts.Where(c => c.Status == ComplaintStatuses.Resolved && c.OnTime).Sum(c => c.Count);
        var rejected = counts.Where(c => c.Status == ComplaintStatuses.Rejected).Sum(c => c.Count);

        // The median from the middle one or two values, sorted by the database.
        double? median = null;
        if (resolved > 0)
        {
            var middle = await settled.Where(r => r.Status == ComplaintStatuses.Resolved).OrderBy(r => r.Days)
                .Skip((resolved - 1) / 2).Take(resolved % 2 == 0 ? 2 : 1).Select(r => r.Days).ToListAsync(ct);
            median = Math.Round(middle.Average(), 1, MidpointRounding.AwayFromZero);
        }
        var reasons = await settled.Where(r => r.Status == ComplaintStatuses.Rejected && r.Reason != null && r.Reason != "")
            .GroupBy(r => r.Reason!).Select(g => new { Reason = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Reason).Take(top).ToListAsync(ct);

        return new ComplaintFigures(
            received.Sum(r => r.Count),
            Counts(received.GroupBy(r => r.Channel), ReportLabels.ComplaintChannel),
            Counts(received.GroupBy(r => r.Category), ReportLabels.ComplaintCategory),
            resolved, onTime, Percent(onTime, resolved), median, rejected,
            reasons.Select(r => new Count(r.Reason, r.Reason, r.Count)).ToList());
    }

    public static double? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero);

    private static List<Count> Counts(IEnumerable<IGrouping<string, Received>> groups, Func<string, string> label) =>
        groups.Select(g => new Count(g.Key, label(g.Key), g.Sum(r => r.Count)))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
}
