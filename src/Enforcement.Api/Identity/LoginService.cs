using System.ComponentModel.DataAnnotations;
using Enforcement.Api.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Identity;

internal sealed class LockoutOptions
{
    public const string Section = "Identity:Lockout";

    [Range(1, 100)] public int MaxFailedAttempts { get; set; } = 5;
    [Range(1, 1440)] public int LockoutMinutes { get; set; } = 15;
}

internal abstract record LoginResult
{
    public sealed record Success(StaffUser User, Agency Agency) : LoginResult;
    public sealed record Failed : LoginResult;
    public sealed record LockedOut(int Minutes) : LoginResult;
}

/// <summary>Checks a password and counts failures; after too many the account is locked for a while.</summary>
internal sealed class LoginService(EnforcementDbContext db, IPasswordHasher<StaffUser> hasher, IOptions<LockoutOptions> lockout, TimeProvider clock)
{
    private static readonly StaffUser Nobody = new() { UserName = "", FullName = "", Role = "" };
    private static readonly string NobodyHash = new PasswordHasher<StaffUser>().HashPassword(Nobody, Guid.NewGuid().ToString());

    public async Task<LoginResult> VerifyAsync(string? userName, string? password, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = (userName ?? "").Trim().ToLowerInvariant();
        var user = name.Length == 0 ? null : await db.StaffUsers.Include(u => u.Agency).Include(u => u.Team).FirstOrDefaultAsync(u => u.UserName == name, ct);
        if (user is null || !user.IsActive)
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash, password ?? ""); // same cost as a real check
            return new LoginResult.Failed();
        }
        if (user.LockoutEndsAt > now) return new LoginResult.LockedOut((int)Math.Ceiling((user.LockoutEndsAt.Value - now).TotalMinutes));

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedLoginCount++;
            if (user.FailedLoginCount >= lockout.Value.MaxFailedAttempts)
            {
                user.LockoutEndsAt = now.AddMinutes(lockout.Value.LockoutMinutes);
                user.FailedLoginCount = 0;
            }
            await db.SaveChangesAsync(ct);
            return user.LockoutEndsAt > now ? new LoginResult.LockedOut(lockout.Value.LockoutMinutes) : new LoginResult.Failed();
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = hasher.HashPassword(user, password!);
        user.FailedLoginCount = 0;
        user.LockoutEndsAt = null;
        await db.SaveChangesAsync(ct);
        return new LoginResult.Success(user, user.Agency!);
    }
}
