using System.ComponentModel.DataAnnotations;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Identity;

internal sealed class LockoutOptions
{
    public const string Section = "Identity:Lockout";

    /// <summary>Wrong passwords an account allows before it is locked, however they arrive.</summary>
    [Range(1, 100)] public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>The first lockout; each next one (before a good sign-in) lasts twice as long.</summary>
    [Range(1, 1440)] public int LockoutMinutes { get; set; } = 15;

    /// <summary>No lockout lasts longer, so nobody can lock a named account out for good.</summary>
    [Range(1, 10080)] public int MaxLockoutMinutes { get; set; } = 1440;
}

internal abstract record LoginResult
{
    public sealed record Success(StaffUser User, Agency Agency) : LoginResult;

    /// <summary>Wrong name, wrong password, switched-off or locked account: one answer for all, so none can be told apart.</summary>
    public sealed record Failed : LoginResult;
}

/// <summary>
/// Checks a password. Each guess first takes one of the account's allowed attempts with one conditional
/// UPDATE, so parallel guesses cannot overwrite each other's count: exactly MaxFailedAttempts passwords
/// are ever checked before the lockout, and a right password arriving after them is refused too.
/// </summary>
internal sealed class LoginService(EnforcementDbContext db, IPasswordHasher<StaffUser> hasher, Microsoft.Extensions.Options.IOptions<LockoutOptions> lockout, TimeProvider clock)
{
    private static readonly StaffUser Nobody = new() { UserName = "", FullName = "", Role = "" };
    private static readonly string NobodyHash = new PasswordHasher<StaffUser>().HashPassword(Nobody, Guid.NewGuid().ToString());

    public async Task<LoginResult> VerifyAsync(string? userName, string? password, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var name = (userName ?? "").Trim().ToLowerInvariant();
        var usable = name.Length is > 0 and <= 64 && !TextRules.HasControlCharacters(name, multiline: false) && !TextRules.HasControlCharacters(password ?? "", multiline: false);
        var user = usable ? await db.StaffUsers.AsNoTracking().Include(u => u.Agency).Include(u => u.Team).FirstOrDefaultAsync(u => u.UserName == name, ct) : null;
        if (user is null || !user.IsActive || !await TakeAttemptAsync(user.Id, now, ct))
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash, password ?? ""); // the same cost as a real check
            return new LoginResult.Failed();
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "");
        if (verdict == PasswordVerificationResult.Failed)
        {
            await LockIfLastAsync(user, now, ct);
            return new LoginResult.Failed();
        }
        var rehash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(user, password!) : user.PasswordHash;
        await db.StaffUsers.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.FailedLoginCount, 0).SetProperty(u => u.LockoutEndsAt, (DateTime?)null)
            .SetProperty(u => u.LockoutCount, 0).SetProperty(u => u.PasswordHash, rehash), ct);
        return new LoginResult.Success(user, user.Agency!);
    }

    /// <summary>Takes one allowed attempt if the account is not locked; false when there is none left.</summary>
    private async Task<bool> TakeAttemptAsync(int userId, DateTime now, CancellationToken ct) =>
        (await db.Database.SqlQuery<int>($"""
            UPDATE "StaffUsers" SET "FailedLoginCount" = "FailedLoginCount" + 1
            WHERE "Id" = {userId} AND ("LockoutEndsAt" IS NULL OR "LockoutEndsAt" <= {now}) AND "FailedLoginCount" < {lockout.Value.MaxFailedAttempts}
            RETURNING "FailedLoginCount" AS "Value"
            """).ToListAsync(ct)).Count == 1;

    /// <summary>The wrong guess that used the last attempt locks the account, for longer after each lockout.</summary>
    private async Task LockIfLastAsync(StaffUser user, DateTime now, CancellationToken ct)
    {
        var o = lockout.Value;
        var minutes = Math.Min(o.MaxLockoutMinutes, o.LockoutMinutes * Math.Pow(2, Math.Min(user.LockoutCount, 20)));
        await db.StaffUsers.Where(u => u.Id == user.Id && u.FailedLoginCount >= o.MaxFailedAttempts && (u.LockoutEndsAt == null || u.LockoutEndsAt <= now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(u => u.LockoutEndsAt, now.AddMinutes(minutes))
                .SetProperty(u => u.FailedLoginCount, 0)
                .SetProperty(u => u.LockoutCount, u => u.LockoutCount + 1), ct);
    }
}
