using System.Security.Claims;
using System.Text.RegularExpressions;
using Enforcement.Api.Admin.Audit;
using Enforcement.Api.Admin.Users;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Organisation;

/// <summary>Agencies (cơ quan) and their teams (đội): list, create, rename. Audited like users.</summary>
internal static partial class AgencyEndpoints
{
    public static RouteGroupBuilder MapAgencyEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListAgencies").WithSummary("Every agency with its kind, teams and number of users.");
        group.MapPost("/", CreateAsync).WithName("CreateAgency").WithSummary("Create an agency of a known kind.");
        group.MapPut("/{code}", UpdateAsync).WithName("UpdateAgency").WithSummary("Rename an agency (its code and kind stay).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Ok<List<AdminAgency>>> ListAsync(EnforcementDbContext db, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking().Include(a => a.Teams).OrderBy(a => a.Code).ToListAsync(ct);
        var byAgency = await db.StaffUsers.GroupBy(u => u.AgencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byTeam = await db.StaffUsers.Where(u => u.TeamId != null).GroupBy(u => u.TeamId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return TypedResults.Ok(agencies.Select(a => new AdminAgency(a.Code, a.Name, a.NameEn, a.Kind,
            a.Teams.OrderBy(t => t.Code).Select(t => new AdminTeam(t.Code, t.Name, a.Code, byTeam.GetValueOrDefault(t.Id))).ToList(), byAgency.GetValueOrDefault(a.Id))).ToList());
    }

    internal static async Task<Results<Created<AdminAgency>, ValidationProblem>> CreateAsync(
        CreateAgencyRequest request, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = NormalizeCode(request.Code);
        if (code.Length == 0) errors.Add("code", AdminText.Required);
        else if (!IsCode(code)) errors.Add("code", AdminText.CodeFormat);
        else if (await db.Agencies.AnyAsync(a => a.Code == code, ct)) errors.Add("code", AdminText.CodeTaken);
        UserValidation.Text(errors, "name", request.Name, 200, required: true);
        UserValidation.Text(errors, "nameEn", request.NameEn, 200, required: true);
        if (string.IsNullOrWhiteSpace(request.Kind)) errors.Add("kind", AdminText.Required);
        else if (!AdminText.Kinds.Contains(request.Kind.Trim())) errors.Add("kind", AdminText.UnknownKind);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var agency = new Agency { Code = code, Name = request.Name!.Trim(), NameEn = request.NameEn!.Trim(), Kind = request.Kind!.Trim() };
        var trail = new AuditTrail("agency", code);
        trail.Field("code", null, code);
        trail.Field("name", null, agency.Name);
        trail.Field("nameEn", null, agency.NameEn);
        trail.Field("kind", null, agency.Kind);
        db.Agencies.Add(agency);
        db.AdminAuditEntries.Add(trail.Entry(AuditActions.AgencyCreated, admin.UserName(), clock.GetUtcNow().UtcDateTime));
        if (!await SaveUniqueAsync(db, ct)) return Problems.Validation(new Dictionary<string, string[]> { ["code"] = [AdminText.CodeTaken] });
        return TypedResults.Created($"/api/staff/admin/agencies/{code}", new AdminAgency(code, agency.Name, agency.NameEn, agency.Kind, [], 0));
    }

    internal static async Task<Results<Ok<AdminAgency>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, UpdateAgencyRequest request, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var wanted = NormalizeCode(code);
        var agency = await db.Agencies.Include(a => a.Teams).FirstOrDefaultAsync(a => a.Code == wanted, ct);
        if (agency is null) return Problems.NotFound("problem.404");
        var errors = new FieldErrors();
        UserValidation.Text(errors, "name", request.Name, 200, required: true);
        UserValidation.Text(errors, "nameEn", request.NameEn, 200, required: true);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var trail = new AuditTrail("agency", agency.Code);
        trail.Field("name", agency.Name, request.Name!.Trim());
        trail.Field("nameEn", agency.NameEn, request.NameEn!.Trim());
        agency.Name = request.Name.Trim();
        agency.NameEn = request.NameEn.Trim();
        db.AdminAuditEntries.Add(trail.Entry(AuditActions.AgencyUpdated, admin.UserName(), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new AdminAgency(agency.Code, agency.Name, agency.NameEn, agency.Kind, [], await db.StaffUsers.CountAsync(u => u.AgencyId == agency.Id, ct)));
    }

    /// <summary>False when a unique code was taken by a concurrent request; nothing is saved then.</summary>
    internal static async Task<bool> SaveUniqueAsync(EnforcementDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    internal static string NormalizeCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    internal static bool IsCode(string code) => CodePattern().IsMatch(code);

    [GeneratedRegex("^[A-Z0-9-]{2,32}$")]
    private static partial Regex CodePattern();
}
