using System.Security.Claims;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Evidence;

/// <summary>Evidence is visible exactly when its case is: a police liaison sees only what was handed to the police.</summary>
internal static class EvidenceAccess
{
    public static IQueryable<EvidenceCapture> VisibleTo(this IQueryable<EvidenceCapture> captures, EnforcementDbContext db, ClaimsPrincipal user)
    {
        var complaints = db.Complaints.VisibleTo(user).Select(c => c.Id);
        return captures.Where(e => complaints.Contains(e.ComplaintId));
    }

    public static Task<EvidenceCapture?> FindAsync(EnforcementDbContext db, long id, ClaimsPrincipal user, CancellationToken ct) =>
        db.Set<EvidenceCapture>().AsNoTracking().VisibleTo(db, user).Include(c => c.Artifacts).SingleOrDefaultAsync(c => c.Id == id, ct);
}
