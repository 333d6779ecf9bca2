using System.Security.Claims;
using Enforcement.Api.Admin.Audit;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Users;

/// <summary>Staff accounts: list, create and edit. Every change is audited in the same SaveChanges as the change itself.</summary>
internal static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListStaffUsers").WithSummary("Every staff account with its role, agency, team, and whether it is active or locked.");
        group.MapGet("/{userName}", GetAsync).WithName("GetStaffUser").WithSummary("One staff account.").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateStaffUser").WithSummary("Create a staff account; per-field messages for an unknown role, agency or team, a taken user name or a weak password.");
        group.MapPut("/{userName}", UpdateAsync).WithName("ReplaceStaffUser").WithSummary("Set a staff account's full name, email, role, agency and team.");
        group.MapPatch("/{userName}", PatchAsync).WithName("PatchStaffUser").WithSummary("Change some of a staff account's fields (\"\" clears email or team).");
        return group.MapUserAccountEndpoints();
    }

    internal static async Task<Ok<List<AdminUser>>> ListAsync(EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var users = await db.StaffUsers.AsNoTracking().Include(u => u.Agency).Include(u => u.Team).OrderBy(u => u.UserName).ToListAsync(ct);
        return TypedResults.Ok(users.Select(u => ToDto(u, clock)).ToList());
    }

    internal static async Task<Results<Ok<AdminUser>, ProblemHttpResult>> GetAsync(string userName, EnforcementDbContext db, TimeProvider clock, CancellationToken ct) =>
        await FindAsync(db, userName, ct) is { } u ? TypedResults.Ok(ToDto(u, clock)) : Problems.NotFound("problem.404");

    internal static async Task<Results<Created<AdminUser>, ValidationProblem>> CreateAsync(
        CreateUserRequest request, ClaimsPrincipal admin, EnforcementDbContext db, IPasswordHasher<StaffUser> hasher, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var userName = UserValidation.NormalizeUserName(request.UserName);
        if (userName.Length == 0) errors.Add("userName", AdminText.Required);
        else if (!UserValidation.IsUserName(userName)) errors.Add("userName", AdminText.UserNameFormat);
        else if (await db.StaffUsers.AnyAsync(u => u.UserName == userName, ct)) errors.Add("userName", AdminText.UserNameTaken);
        var (agency, team) = await UserValidation.CheckAsync(new UserFields(request.FullName, request.Email, request.Role, request.Agency, request.Team), errors, db, ct);
        if (string.IsNullOrEmpty(request.Password)) errors.Add("password", AdminText.Required);
        else if (!PasswordPolicy.IsStrong(request.Password, userName)) errors.Add("password", AdminText.WeakPassword);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new StaffUser
        {
            UserName = userName, FullName = request.FullName!.Trim(), Email = UserValidation.Blank(request.Email), Role = request.Role!.Trim(),
            AgencyId = agency!.Id, Agency = agency, TeamId = team?.Id, Team = team, CreatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, request.Password!);
        var trail = new AuditTrail("user", userName);
        Describe(trail, null, user);
        db.StaffUsers.Add(user);
        db.AdminAuditEntries.Add(trail.Entry(AuditActions.UserCreated, admin.UserName(), now));
        // Another administrator may have taken the name a moment ago (the unique index refuses it).
        if (!await Organisation.AgencyEndpoints.SaveUniqueAsync(db, ct)) return Problems.Validation(new Dictionary<string, string[]> { ["userName"] = [AdminText.UserNameTaken] });
        return TypedResults.Created($"/api/staff/admin/users/{userName}", ToDto(user, clock));
    }

    internal static Task<Results<Ok<AdminUser>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string userName, UpdateUserRequest request, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct) =>
        EditAsync(userName, _ => request, admin, db, clock, ct);

    internal static Task<Results<Ok<AdminUser>, ValidationProblem, ProblemHttpResult>> PatchAsync(
        string userName, UpdateUserRequest request, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct) =>
        EditAsync(userName, u => new UpdateUserRequest(request.FullName ?? u.FullName, request.Email ?? u.Email, request.Role ?? u.Role,
            request.Agency ?? u.Agency!.Code, request.Team ?? u.Team?.Code), admin, db, clock, ct);

    private static async Task<Results<Ok<AdminUser>, ValidationProblem, ProblemHttpResult>> EditAsync(
        string userName, Func<StaffUser, UpdateUserRequest> fields, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await FindAsync(db, userName, ct, tracked: true) is not { } user) return Problems.NotFound("problem.404");
        var f = fields(user);
        var errors = new FieldErrors();
        var (agency, team) = await UserValidation.CheckAsync(new UserFields(f.FullName, f.Email, f.Role, f.Agency, f.Team), errors, db, ct);
        if (user.Id == admin.UserId() && f.Role?.Trim() is { Length: > 0 } role && role != Roles.Admin) errors.Add("role", AdminText.KeepOwnAdminRole);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var trail = new AuditTrail("user", user.UserName);
        var before = Snapshot(user);
        user.FullName = f.FullName!.Trim();
        user.Email = UserValidation.Blank(f.Email);
        user.Role = f.Role!.Trim();
        user.AgencyId = agency!.Id;
        user.Agency = agency;
        user.TeamId = team?.Id;
        user.Team = team;
        Describe(trail, before, user);
        var now = clock.GetUtcNow().UtcDateTime;
        db.AdminAuditEntries.Add(trail.Entry(AuditActions.UserUpdated, admin.UserName(), now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToDto(user, clock));
    }

    private static StaffUser Snapshot(StaffUser u) => new()
    {
        UserName = u.UserName, FullName = u.FullName, Email = u.Email, Role = u.Role, Agency = u.Agency, Team = u.Team, IsActive = u.IsActive,
    };

    private static void Describe(AuditTrail trail, StaffUser? before, StaffUser after)
    {
        if (before is null) trail.Field("userName", null, after.UserName);
        trail.Field("fullName", before?.FullName, after.FullName);
        trail.Field("email", before?.Email, after.Email);
        trail.Field("role", before?.Role, after.Role);
        trail.Field("agency", before?.Agency?.Code, after.Agency?.Code);
        trail.Field("team", before?.Team?.Code, after.Team?.Code);
    }

    internal static async Task<StaffUser?> FindAsync(EnforcementDbContext db, string userName, CancellationToken ct, bool tracked = false)
    {
        var name = UserValidation.NormalizeUserName(userName);
        var users = tracked ? db.StaffUsers : db.StaffUsers.AsNoTracking();
        return await users.Include(u => u.Agency).Include(u => u.Team).FirstOrDefaultAsync(u => u.UserName == name, ct);
    }

    internal static AdminUser ToDto(StaffUser u, TimeProvider clock) => new(u.UserName, u.FullName, u.Email, u.Role, u.Agency?.Code ?? "", u.Team?.Code,
        u.IsActive, u.LockoutEndsAt is { } end && end > clock.GetUtcNow().UtcDateTime ? end : null, u.FailedLoginCount, u.CreatedAt);
}
