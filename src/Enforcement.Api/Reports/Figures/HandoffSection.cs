using Enforcement.Api.Cases.Records;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reports.Figures;

/// <summary>
/// Handoffs sent in a period (and of those, the ones still pending), and the answers given in it, by the receiving
/// agency's kind at the time of the handoff. With an agency code, only that agency's (what its liaison may see).
/// </summary>
internal static class HandoffSection
{
    public static async Task<HandoffFigures> BuildAsync(EnforcementDbContext db, ReportWindow w, int top, CancellationToken ct)
    {
        var rows = await LoadAsync(db, w, null, top, ct);
        return new HandoffFigures(
            Counts(rows, k => k == AgencyKinds.Police),
            Counts(rows, k => k == AgencyKinds.ConsumerAssociation),
            Counts(rows, k => k != AgencyKinds.Police && k != AgencyKinds.ConsumerAssociation));
    }

    public static async Task<HandoffCounts> ForAgencyAsync(EnforcementDbContext db, ReportWindow w, string agencyCode, int top, CancellationToken ct) =>
        Counts(await LoadAsync(db, w, agencyCode, top, ct), _ => true);

    private sealed record Rows(
        IReadOnlyList<(string Kind, string Status, int Count)> Sent,
        IReadOnlyList<(string Kind, string Status, int Count)> Answered,
        IReadOnlyList<(string Kind, string Outcome, int Count)> Outcomes, int Top);

    private static async Task<Rows> LoadAsync(EnforcementDbContext db, ReportWindow w, string? agencyCode, int top, CancellationToken ct)
    {
        var all = db.Handoffs.AsNoTracking().Where(h => agencyCode == null || h.AgencyCode == agencyCode);
        var sent = await all.Where(h => h.HandedAt >= w.StartUtc && h.HandedAt < w.EndUtc)
            .GroupBy(h => new { h.AgencyKind, h.Status }).Select(g => new { g.Key.AgencyKind, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var answeredInPeriod = all.Where(h => h.AnsweredAt >= w.StartUtc && h.AnsweredAt < w.EndUtc);
        var answered = await answeredInPeriod
            .GroupBy(h => new { h.AgencyKind, h.Status }).Select(g => new { g.Key.AgencyKind, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var outcomes = await answeredInPeriod.Where(h => h.Outcome != null && h.Outcome != "")
            .GroupBy(h => new { h.AgencyKind, h.Outcome }).Select(g => new { g.Key.AgencyKind, g.Key.Outcome, Count = g.Count() }).ToListAsync(ct);
        return new Rows(
            sent.Select(s => (s.AgencyKind, s.Status, s.Count)).ToList(),
            answered.Select(s => (s.AgencyKind, s.Status, s.Count)).ToList(),
            outcomes.Select(s => (s.AgencyKind, s.Outcome!, s.Count)).ToList(), top);
    }

    private static HandoffCounts Counts(Rows rows, Func<string, bool> kind)
    {
        int Answered(string status) => rows.Answered.Where(a => kind(a.Kind) && a.Status == status).Sum(a => a.Count);
        var sent = rows.Sent.Where(s => kind(s.Kind)).ToList();
        var (succeeded, failed) = (Answered(HandoffStatuses.Succeeded), Answered(HandoffStatuses.Failed));
        var outcomes = rows.Outcomes.Where(o => kind(o.Kind)).GroupBy(o => o.Outcome, StringComparer.Ordinal)
            .Select(g => new Count(g.Key, g.Key, g.Sum(o => o.Count)))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(rows.Top).ToList();
        return new HandoffCounts(
            sent.Sum(s => s.Count), Answered(HandoffStatuses.Accepted), Answered(HandoffStatuses.Returned), succeeded, failed,
            sent.Where(s => s.Status == HandoffStatuses.Pending).Sum(s => s.Count),
            ComplaintSection.Percent(succeeded, succeeded + failed), outcomes);
    }
}
