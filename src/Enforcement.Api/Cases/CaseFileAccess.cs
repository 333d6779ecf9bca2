using System.Security.Claims;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Cases;

/// <summary>
/// Which part of a case's own file (internal notes, outcome files) a caller sees. The cut is the case page's:
/// QLTT staff who can read the case see all of it; an outside agency's liaison sees what was written from the
/// journal entry that handed the case to its agency on (the journal's order, not the clock), and nothing without one.
/// </summary>
internal static class CaseFileAccess
{
    /// <summary>A visible case; <see cref="FromJournalId"/> is the first journal entry whose notes and files the caller sees.</summary>
    internal sealed record Scope(long ComplaintId, string Code, long FromJournalId, long LastJournalId);

    /// <summary>Null when the case does not exist or is not visible to <paramref name="user"/>: both answer 404.</summary>
    public static async Task<Scope?> FindAsync(string code, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var upper = code.ToUpperInvariant();
        var complaint = await db.Complaints.AsNoTracking().VisibleTo(user).Where(c => c.TrackingCode == upper)
            .Select(c => new { c.Id, c.TrackingCode }).FirstOrDefaultAsync(ct);
        if (complaint is null) return null;
        var instances = await db.Set<WorkflowInstance>().AsNoTracking().Where(i => i.CorrelationId == complaint.TrackingCode).Select(i => i.Id).ToListAsync(ct);
        var journal = await JournalArchiver.ReadAsync(db, instances, ct);
        var last = journal.Count == 0 ? 0 : journal[^1].Id;
        if (user.Role() != Roles.AgencyLiaison) return new Scope(complaint.Id, complaint.TrackingCode, 0, last);
        var agency = user.AgencyCodeOf();
        var handoff = journal.FirstOrDefault(j => j.Kind == JournalKinds.Handoff && j.Outcome == agency);
        return new Scope(complaint.Id, complaint.TrackingCode, handoff?.Id ?? long.MaxValue, last);
    }
}
