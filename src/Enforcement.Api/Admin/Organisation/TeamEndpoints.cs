using System.Security.Claims;
using Enforcement.Api.Admin.Audit;
using Enforcement.Api.Admin.Users;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Organisation;

internal static class TeamEndpoints
{
    public static RouteGroupBuilder MapTeamEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListTeams").WithSummary("Every team with its agency and number of users.");
        group.MapPost("/", CreateAsync).WithName("CreateTeam").WithSummary("Create a team inside an agency.");
        group.MapPut("/{code}", UpdateAsync).WithName("UpdateTeam").WithSummary("Rename a team (it stays in its agency).").ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static async Task<Ok<List<AdminTeam>>> ListAsync(EnforcementDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await AgencyEndpoints.ListAsync(db, ct)).Value!.SelectMany(a => a.Teams).OrderBy(t => t.Code).ToList());

    internal static async Task<Results<Created<AdminTeam>, ValidationProblem>> CreateAsync(
        CreateTeamRequest request, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var code = AgencyEndpoints.NormalizeCode(request.Code);
        if (code.Length == 0) errors.Add("code", AdminText.Required);
        else if (!AgencyEndpoints.IsCode(code)) errors.Add("code", AdminText.CodeFormat);
        else if (await db.Teams.AnyAsync(t => t.Code == code, ct)) errors.Add("code", AdminText.CodeTaken);
        UserValidation.Text(errors, "name", request.Name, 200, required: true);
        Agency? agency = null;
        if (string.IsNullOrWhiteSpace(request.Agency)) errors.Add("agency", AdminText.Required);
        else
        {
            var agencyCode = AgencyEndpoints.NormalizeCode(request.Agency);
            if ((agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == agencyCode, ct)) is null) errors.Add("agency", AdminText.UnknownAgency);
        }
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var team = new Team { Code = code, Name = request.Name!.Trim(), AgencyId = agency!.Id };
        var trail = new AuditTrail("team", code);
        trail.Field("code", null, code);
        trail.Field("name", null, team.Name);
        trail.Field("agency", null, agency.Code);
        db.Teams.Add(team);
        db.AdminAuditEntries.Add(trail.Entry(AuditActions.TeamCreated, admin.UserName(), clock.GetUtcNow().UtcDateTime));
        if (!await AgencyEndpoints.SaveUniqueAsync(db, ct)) return Problems.Validation(new Dictionary<string, string[]> { ["code"] = [AdminText.CodeTaken] });
        return TypedResults.Created($"/api/staff/admin/teams/{code}", new AdminTeam(code, team.Name, agency.Code, 0));
    }

    internal static async Task<Results<Ok<AdminTeam>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string code, UpdateTeamRequest request, ClaimsPrincipal admin, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var wanted = AgencyEndpoints.NormalizeCode(code);
        var team = await db.Teams.FirstOrDefaultAsync(t => t.Code == wanted, ct);
        if (team is null) return Problems.NotFound("problem.404");
        var errors = new FieldErrors();
        UserValidation.Text(errors, "name", request.Name, 200, required: true);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var trail = new AuditTrail("team", team.Code);
        trail.Field("name", team.Name, request.Name!.Trim());
        team.Name = request.Name.Trim();
        db.AdminAuditEntries.Add(trail.Entry(AuditActions.TeamUpdated, admin.UserName(), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        var agency = await db.Agencies.Where(a => a.Id == team.AgencyId).Select(a => a.Code).SingleAsync(ct);
        return TypedResults.Ok(new AdminTeam(team.Code, team.Name, agency, await db.StaffUsers.CountAsync(u => u.TeamId == team.Id, ct)));
    }
}
