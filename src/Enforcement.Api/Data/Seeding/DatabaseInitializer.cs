using Enforcement.Api.Complaints;
using Enforcement.Api.Complaints.Submit;
using Enforcement.Api.Data.Schema;
using Enforcement.Api.Identity;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Data.Seeding;

internal sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>One user per role and a few complaints, on an empty database. On for the embedded default only.</summary>
    public bool DemoData { get; set; }

    /// <summary>How many synthetic marketplace listings a demo database starts with (seeded, so always the same ones).</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 100_000)]
    public int DemoListings { get; set; } = 2_000;

    /// <summary>Two years of enforcement history (complaints, records, decisions, fines) for the reports; with demo data only.</summary>
    public bool DemoHistory { get; set; } = true;

    /// <summary>Lets demo data run on an app reachable from the network (see <see cref="DemoDataGuard"/>). Off by default.</summary>
    public bool AllowDemoDataOnNetwork { get; set; }

    /// <summary>Production bootstrap: creates the user "admin" with this password when there are no users yet.</summary>
    public string? AdminPassword { get; set; }
}

/// <summary>Brings the database to the current schema, loads reference data and, if asked, demo data.</summary>
internal static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var seed = sp.GetRequiredService<IOptions<SeedOptions>>().Value;
        DemoDataGuard.EnsureAllowed(sp.GetRequiredService<IConfiguration>(), seed); // before the first write, schema included
        var db = sp.GetRequiredService<EnforcementDbContext>();
        await using var startup = await StartupLock.AcquireAsync(db, ct);
        if (sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            if (!db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await sp.GetRequiredService<SchemaMigrator>().MigrateAsync(ct: ct);
        }
        await Complaints.Finding.ComplaintSearchBackfill.RunAsync(db, ct);
        var clock = sp.GetRequiredService<TimeProvider>();
        await using (var json = AdministrativeUnitsLoader.OpenEmbedded())
        {
            if (await AdministrativeUnitsLoader.LoadAsync(db, json, clock, ct)) sp.GetRequiredService<AdministrativeUnitsCache>().Invalidate();
        }
        // Reference data for the demo's listings; also added to a demo database made before it existed.
        if (seed.DemoData) await Listings.Genuine.Seed.GenuineDemoData.SeedAsync(db, clock, ct);
        if (seed.DemoData) await Listings.Demo.ListingDemoData.SeedAsync(sp, db, seed.DemoListings, ct);
        if (seed.DemoData && seed.DemoHistory) await Reports.Demo.DemoHistorySeeder.SeedAsync(sp, db, ct);
        if (await db.Agencies.AnyAsync(ct))
        {
            await Cases.CaseDefinitionsCheck.RunAsync(db, sp.GetRequiredService<Enforcement.Workflows.Definitions.DefinitionCatalog>(), ct);
            await StartMissingCasesAsync(sp, db, ct);
            return;
        }
        // The agencies are reference data every installation needs; users and complaints only for a demo.
        var agencies = DemoData.Agencies();
        db.Agencies.AddRange(agencies);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return; // another instance starting at the same moment seeded first (unique agency codes)
        }
        await Cases.CaseDefinitionsCheck.RunAsync(db, sp.GetRequiredService<Enforcement.Workflows.Definitions.DefinitionCatalog>(), ct);
        if (seed.DemoData) await SeedDemoAsync(sp, db, agencies, clock, ct);
        else if (seed.AdminPassword is { Length: >= 12 } password) await AddUserAsync(sp, db, agencies, ("admin", "Quản trị hệ thống", Roles.Admin, "SCT", null), password, clock, ct);
    }

    /// <summary>Completes the case's one open task with an outcome, as the demo user would.</summary>
    private static async Task DemoStepAsync(EnforcementDbContext db, Enforcement.Workflows.Runtime.WorkflowRuntime runtime, string code, string outcome,
        Enforcement.Workflows.Runtime.WorkflowActor actor, Dictionary<string, string?> fields, CancellationToken ct)
    {
        var taskId = await (from t in db.Set<Enforcement.Workflows.Runtime.WorkflowTask>()
                            join i in db.Set<Enforcement.Workflows.Runtime.WorkflowInstance>() on t.InstanceId equals i.Id
                            where i.CorrelationId == code && t.Status == Enforcement.Workflows.Runtime.TaskStatuses.Open
                            select t.Id).SingleAsync(ct);
        var result = await runtime.CompleteTaskAsync(taskId, outcome, fields, "Dữ liệu mẫu", actor, null, ct);
        if (result is not Enforcement.Workflows.Runtime.WorkflowResult.Ok) throw new InvalidOperationException($"Demo step → {outcome}: {result}");
    }

    /// <summary>
    /// Complaints accepted before the workflow runtime existed get their triage now. Historical ones that the records
    /// already show as handled (a resolution, an enforcement case or a handoff) need none.
    /// </summary>
    private static async Task StartMissingCasesAsync(IServiceProvider sp, EnforcementDbContext db, CancellationToken ct)
    {
        var missing = await db.Complaints
            .Where(c => !db.Set<Enforcement.Workflows.Runtime.WorkflowInstance>().Any(i => i.CorrelationId == c.TrackingCode))
            .Where(c => !db.ComplaintResolutions.Any(r => r.ComplaintId == c.Id) && !db.EnforcementCases.Any(e => e.ComplaintId == c.Id)
                && !db.Handoffs.Any(h => h.ComplaintId == c.Id))
            .OrderBy(c => c.Id).ToListAsync(ct);
        var intake = sp.GetRequiredService<Cases.CaseIntake>();
        foreach (var complaint in missing) await intake.StartAsync(complaint, ct);
    }

    private static async Task AddUserAsync(IServiceProvider sp, EnforcementDbContext db, IReadOnlyList<Agency> agencies,
        (string UserName, string FullName, string Role, string Agency, string? Team) u, string password, TimeProvider clock, CancellationToken ct)
    {
        var agency = agencies.Single(a => a.Code == u.Agency);
        var user = new StaffUser
        {
            UserName = u.UserName, FullName = u.FullName, Role = u.Role, AgencyId = agency.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
            TeamId = u.Team is null ? null : agency.Teams.Single(t => t.Code == u.Team).Id,
            Email = $"{u.UserName}@sct.example.gov.vn",
        };
        user.PasswordHash = sp.GetRequiredService<IPasswordHasher<StaffUser>>().HashPassword(user, password);
        db.StaffUsers.Add(user);
        await db.SaveChangesAsync(ct);
    }

    private static async Task SeedDemoAsync(IServiceProvider sp, EnforcementDbContext db, IReadOnlyList<Agency> agencies, TimeProvider clock, CancellationToken ct)
    {
        foreach (var u in DemoData.Users) await AddUserAsync(sp, db, agencies, u, DemoData.DemoPassword, clock, ct);

        var handler = sp.GetRequiredService<SubmitComplaintHandler>();
        var home = sp.GetRequiredService<IOptions<ComplaintOptions>>().Value.HomeProvinceCode;
        var wards = await db.Wards.Where(w => w.ProvinceCode == home).OrderBy(w => w.Code).Select(w => w.Code).Take(3).ToListAsync(ct);
        string? disputeCode = null;
        foreach (var (request, i) in DemoComplaints.Requests(home, wards, Infrastructure.VietnamTime.Today(clock)).Select((r, i) => (r, i)))
        {
            // Demo data that fails validation is a bug, not something to skip quietly.
            if (await handler.SubmitAsync(request, [], null, "web", ct) is not SubmitOutcome.Created created) throw new InvalidOperationException($"Demo complaint {i + 1} was refused.");
            if (i == 1) disputeCode = created.Response.TrackingCode;
        }
        if (disputeCode is not null)
        {
            // One dispute walked to mediation through the real process, so the association's liaison has work to see.
            var runtime = sp.GetRequiredService<Enforcement.Workflows.Runtime.WorkflowRuntime>();
            await DemoStepAsync(db, runtime, disputeCode, "dispute", new("supervisor", Roles.Supervisor, "QLTT"), [], ct);
            await DemoStepAsync(db, runtime, disputeCode, "notified", new("inspector", Roles.Inspector, "QLTT", "QLTT-D1"), [], ct);
            await DemoStepAsync(db, runtime, disputeCode, "refused", new("inspector", Roles.Inspector, "QLTT", "QLTT-D1"),
                new() { ["refusalReason"] = "Cửa hàng cho rằng sản phẩm đã qua sử dụng" }, ct);
        }
    }
}
