using System.Security.Claims;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Listings.Search;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Sweeps;

public sealed record CreateSweepRequest(string? Name, int? IntervalMinutes, SearchListingsRequest? Query);

public sealed record SweepView(long Id, string Name, string Owner, SearchListingsRequest Query, int IntervalMinutes, bool Active,
    DateTime NextRunAt, DateTime? LastRunAt, IReadOnlyList<SweepRunView> Runs);

public sealed record SweepRunView(long Id, DateTime RanAt, long Total, int NewMatches, string? Error);

/// <summary>Sweeps belong to the inspector who saved them; team leads and supervisors see their agency's.</summary>
internal static class SweepEndpoints
{
    public const int MinInterval = 15;
    public const int MaxInterval = 60 * 24 * 31;

    public static RouteGroupBuilder MapSweeps(this RouteGroupBuilder group)
    {
        group.MapPost("/sweeps", CreateAsync).WithName("CreateSweep").WithSummary("Saves a search as a sweep re-run every intervalMinutes; new matches are mailed to its owner.")
            .Produces<SweepView>(StatusCodes.Status201Created).ProducesValidationProblem();
        group.MapGet("/sweeps", ListAsync).WithName("ListSweeps").Produces<List<SweepView>>();
        group.MapGet("/sweeps/{id:long}", GetAsync).WithName("GetSweep").WithSummary("A sweep with its last 50 runs.").Produces<SweepView>().ProducesProblem(404);
        group.MapDelete("/sweeps/{id:long}", StopAsync).WithName("StopSweep").WithSummary("Stops a sweep; its runs stay on record.").Produces(204).ProducesProblem(404);
        return group;
    }

    internal static async Task<Results<Created<SweepView>, ValidationProblem>> CreateAsync(
        CreateSweepRequest request, ClaimsPrincipal user, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name)) errors.Add("name", Text.Format("error.required", Text.Pick("tên đợt rà soát", "the sweep name")));
        errors.MaxLength("name", name, 200);
        errors.NoControlCharacters("name", name, multiline: false);
        if (request.IntervalMinutes is not { } interval || interval is < MinInterval or > MaxInterval)
            errors.Add("intervalMinutes", Text.Format("error.range", MinInterval, MaxInterval));
        var query = request.Query ?? new SearchListingsRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var (_, queryErrors) = (query with { Cursor = null, PageSize = null }).ToQuery();
        foreach (var (field, messages) in queryErrors.ToDictionary()) foreach (var m in messages) errors.Add("query." + field, m);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var now = clock.GetUtcNow().UtcDateTime;
        var sweep = new Sweep
        {
            Name = name!, OwnerUserName = user.UserName(), IntervalMinutes = request.IntervalMinutes!.Value, NextRunAt = now, CreatedAt = now,
            QueryJson = JsonSerializer.Serialize(query with { Cursor = null, PageSize = null }, JsonSerializerOptions.Web),
        };
        db.Add(sweep);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/staff/listings/sweeps/{sweep.Id}", View(sweep, []));
    }

    internal static async Task<Ok<List<SweepView>>> ListAsync(ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var sweeps = await Visible(db, user).OrderByDescending(s => s.Id).Take(200).ToListAsync(ct);
        return TypedResults.Ok(sweeps.Select(s => View(s, [])).ToList());
    }

    internal static async Task<Results<Ok<SweepView>, ProblemHttpResult>> GetAsync(long id, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var sweep = await Visible(db, user).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (sweep is null) return Problems.NotFound("problem.404");
        var runs = await db.Set<SweepRun>().AsNoTracking().Where(r => r.SweepId == id).OrderByDescending(r => r.Id).Take(50).ToListAsync(ct);
        return TypedResults.Ok(View(sweep, runs));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> StopAsync(long id, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var me = user.UserName();
        var stopped = await db.Set<Sweep>().Where(s => s.Id == id && s.OwnerUserName == me && s.Active).ExecuteUpdateAsync(s => s.SetProperty(x => x.Active, false), ct);
        return stopped == 1 ? TypedResults.NoContent() : Problems.NotFound("problem.404");
    }

    private static IQueryable<Sweep> Visible(EnforcementDbContext db, ClaimsPrincipal user)
    {
        var me = user.UserName();
        if (user.Role() is not (Roles.TeamLead or Roles.Supervisor)) return db.Set<Sweep>().AsNoTracking().Where(s => s.OwnerUserName == me);
        var agency = user.AgencyCodeOf();
        var colleagues = db.StaffUsers.Where(u => u.Agency!.Code == agency).Select(u => u.UserName);
        return db.Set<Sweep>().AsNoTracking().Where(s => colleagues.Contains(s.OwnerUserName));
    }

    private static SweepView View(Sweep s, IReadOnlyList<SweepRun> runs) => new(
        s.Id, s.Name, s.OwnerUserName, JsonSerializer.Deserialize<SearchListingsRequest>(s.QueryJson, JsonSerializerOptions.Web)!, s.IntervalMinutes, s.Active,
        s.NextRunAt, s.LastRunAt, [.. runs.Select(r => new SweepRunView(r.Id, r.RanAt, r.Total, r.NewMatches, r.Error))]);
}
