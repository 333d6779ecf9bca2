using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Identity;

internal static class StaffDirectory
{
    /// <summary>Active staff of one agency, by name: whom a team lead may assign work to.</summary>
    public static async Task<IReadOnlyList<(string UserName, string FullName)>> ColleaguesAsync(EnforcementDbContext db, string agencyCode, CancellationToken ct) =>
        (await db.StaffUsers.AsNoTracking().Where(u => u.IsActive && u.Agency!.Code == agencyCode).OrderBy(u => u.FullName)
            .Select(u => new { u.UserName, u.FullName }).ToListAsync(ct)).Select(u => (u.UserName, u.FullName)).ToList();
}
