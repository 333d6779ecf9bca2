using System.Globalization;
using System.Security.Claims;
using Enforcement.Api.Admin.Audit;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Users;

/// <summary>
/// Switching an account off or on, a new password, a lockout lifted. Switching off and a new password end every
/// session of the account (cookies and bearer tokens) in the same SaveChanges, so none outlives the change.
/// </summary>
internal static class UserAccountEndpoints
{
    public static RouteGroupBuilder MapUserAccountEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/{userName}/deactivate", DeactivateAsync).WithName("DeactivateStaffUser")
            .WithSummary("Switch an account off: its cookies and bearer tokens answer 401 from now on. Not one's own account.");
        group.MapPost("/{userName}/reactivate", ReactivateAsync).WithName("ReactivateStaffUser").WithSummary("Switch an account back on; its old sessions stay ended.");
        group.MapPost("/{userName}/reset-password", ResetPasswordAsync).WithName("ResetStaffPassword")
            .WithSummary("Set a new password (the password policy applies); the account's sessions end.");
        group.MapPost("/{userName}/release-lockout", ReleaseLockoutAsync).WithName("ReleaseStaffLockout").WithSummary("Lift a sign-in lockout and forget the failed attempts.");
        return group;
    }

    internal static Task<Results<Ok<AdminUser>, ValidationProblem, ProblemHttpResult>> DeactivateAsync(
        string userName, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(userName, admin, db, clock, AuditActions.UserDeactivated, async (user, trail, now) =>
        {
            if (user.Id == admin.UserId()) return AdminText.NotYourself;
            trail.Field("isActive", Flag(user.IsActive), Flag(false));
            user.IsActive = false;
            await EndSessionsAsync(db, user, trail, now, ct);
            return null;
        }, ct);

    internal static Task<Results<Ok<AdminUser>, ValidationProblem, ProblemHttpResult>> ReactivateAsync(
        string userName, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(userName, admin, db, clock, AuditActions.UserReactivated, (user, trail, _) =>
        {
            trail.Field("isActive", Flag(user.IsActive), Flag(true));
            user.IsActive = true;
            return Task.FromResult<string?>(null);
        }, ct);

    internal static Task<Results<Ok<AdminUser>, ValidationProblem, ProblemHttpResult>> ResetPasswordAsync(
        string userName, ResetPasswordRequest request, ClaimsPrincipal admin, EnforcementDbContext db, IPasswordHasher<StaffUser> hasher, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(userName, admin, db, clock, AuditActions.PasswordReset, async (user, trail, now) =>
        {
            if (string.IsNullOrEmpty(request.Password)) return AdminText.Required;
            if (!PasswordPolicy.IsStrong(request.Password, user.UserName)) return AdminText.WeakPassword;
            user.PasswordHash = hasher.HashPassword(user, request.Password);
            trail.Field("password", null, "*"); // that it changed, never what it is
            await EndSessionsAsync(db, user, trail, now, ct);
            return null;
        }, ct, field: "password");

    internal static Task<Results<Ok<AdminUser>, ValidationProblem, ProblemHttpResult>> ReleaseLockoutAsync(
        string userName, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct) =>
        ChangeAsync(userName, admin, db, clock, AuditActions.LockoutReleased, (user, trail, now) =>
        {
            trail.Field("lockedUntil", user.LockoutEndsAt > now ? user.LockoutEndsAt.Value.ToString("O", CultureInfo.InvariantCulture) : null, null);
            trail.Field("failedLogins", user.FailedLoginCount.ToString(CultureInfo.InvariantCulture), "0");
            user.LockoutEndsAt = null;
            user.FailedLoginCount = 0;
            user.LockoutCount = 0;
            return Task.FromResult<string?>(null);
        }, ct);

    /// <summary>Loads the account, applies the change (or its refusal, a message for <paramref name="field"/>), and saves it with its audit row.</summary>
    private static async Task<Results<Ok<AdminUser>, ValidationProblem, ProblemHttpResult>> ChangeAsync(string userName, ClaimsPrincipal admin,
        EnforcementDbContext db, TimeProvider clock, string action, Func<StaffUser, AuditTrail, DateTime, Task<string?>> change, CancellationToken ct, string field = "userName")
    {
        if (await UserEndpoints.FindAsync(db, userName, ct, tracked: true) is not { } user) return Problems.NotFound("problem.404");
        var now = clock.GetUtcNow().UtcDateTime;
        var trail = new AuditTrail("user", user.UserName);
        if (await change(user, trail, now) is { } refusal) return Problems.Validation(new Dictionary<string, string[]> { [field] = [refusal] });
        db.AdminAuditEntries.Add(trail.Entry(action, admin.UserName(), now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(UserEndpoints.ToDto(user, clock));
    }

    /// <summary>Marks the account's open sessions ended, tracked so they are saved with the change that ends them.</summary>
    private static async Task EndSessionsAsync(EnforcementDbContext db, StaffUser user, AuditTrail trail, DateTime now, CancellationToken ct)
    {
        var open = await db.StaffSessions.Where(s => s.UserId == user.Id && s.EndedAt == null && s.ExpiresAt > now).ToListAsync(ct);
        foreach (var s in open) s.EndedAt = now;
        if (open.Count > 0) trail.Field("sessionsEnded", null, open.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
