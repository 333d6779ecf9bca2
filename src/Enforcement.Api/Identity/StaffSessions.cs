using System.Security.Claims;
using System.Security.Cryptography;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Identity;

/// <summary>Starts, checks and ends the server-side sessions behind cookies and bearer tokens.</summary>
internal sealed class StaffSessions(EnforcementDbContext db, TimeProvider clock)
{
    public const string Cookie = "cookie";
    public const string Token = "token";

    public async Task<string> StartAsync(StaffUser user, string kind, TimeSpan lifetime, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.StaffSessions.Add(new StaffSession { Id = id, UserId = user.Id, Kind = kind, CreatedAt = now, ExpiresAt = now + lifetime });
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>The session is open, unexpired, and its user is still active.</summary>
    public Task<bool> IsOpenAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.SessionIdOf() is not { } id) return Task.FromResult(false);
        var now = clock.GetUtcNow().UtcDateTime;
        return db.StaffSessions.AnyAsync(s => s.Id == id && s.EndedAt == null && s.ExpiresAt > now
            && db.StaffUsers.Any(u => u.Id == s.UserId && u.IsActive), ct);
    }

    public async Task EndAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.SessionIdOf() is not { } id) return;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.StaffSessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
    }
}
