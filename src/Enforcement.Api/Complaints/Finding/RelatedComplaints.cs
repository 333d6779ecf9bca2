using System.Security.Claims;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Finding;

/// <summary>"N khiếu nại khác về cơ sở này": how many other complaints the caller may see name the same business, and where the list of them is.</summary>
public sealed record RelatedComplaintsInfo(int Count, string Link);

/// <summary>
/// Repeat offenders (cơ sở bị khiếu nại nhiều lần): other complaints with the same folded business name or the same shop
/// address (scheme, "www.", query and trailing slash aside). Both keys are indexed equalities, so the count costs
/// what the matches cost, not the table.
/// </summary>
internal static class RelatedComplaints
{
    public const int CountLimit = 1000;

    /// <summary>Complaints that share a key with <paramref name="code"/> (itself excluded); none when that one is not visible.</summary>
    public static async Task<IQueryable<Complaint>> FilterAsync(IQueryable<Complaint> query, ClaimsPrincipal user, EnforcementDbContext db, string code, CancellationToken ct)
    {
        var keys = await db.Complaints.AsNoTracking().VisibleTo(user).Where(c => c.TrackingCode == code)
            .Select(c => new { c.BusinessKey, c.ShopKey }).FirstOrDefaultAsync(ct);
        if (keys is null || (keys.BusinessKey is null && keys.ShopKey is null)) return query.Where(_ => false);
        var (bk, sk) = (keys.BusinessKey, keys.ShopKey);
        return query.Where(c => c.TrackingCode != code && ((bk != null && c.BusinessKey == bk) || (sk != null && c.ShopKey == sk)));
    }

    public static async Task<RelatedComplaintsInfo> ForAsync(string code, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var related = await FilterAsync(db.Complaints.AsNoTracking().VisibleTo(user), user, db, code, ct);
        var count = await related.Take(CountLimit).CountAsync(ct);
        return new RelatedComplaintsInfo(count, "/staff/complaints?related=" + Uri.EscapeDataString(code));
    }
}
