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

    /// <summary>Agencies, one user per role and a few complaints, on an empty database. On for the embedded default only.</summary>
    public bool DemoData { get; set; }
}

/// <summary>Brings the database to the current schema, loads reference data and, if asked, demo data.</summary>
internal static class DatabaseInitializer
{
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<EnforcementDbContext>();
        if (sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
        {
            if (!db.Database.IsNpgsql()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await sp.GetRequiredService<SchemaMigrator>().MigrateAsync(ct: ct);
        }
        var clock = sp.GetRequiredService<TimeProvider>();
        await using (var json = AdministrativeUnitsLoader.OpenEmbedded())
        {
            if (await AdministrativeUnitsLoader.LoadAsync(db, json, clock, ct)) sp.GetRequiredService<AdministrativeUnitsCache>().Invalidate();
        }
        if (sp.GetRequiredService<IOptions<SeedOptions>>().Value.DemoData && !await db.Agencies.AnyAsync(ct))
        {
            await SeedDemoAsync(sp, db, clock, ct);
        }
    }

    private static async Task SeedDemoAsync(IServiceProvider sp, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var agencies = DemoData.Agencies();
        db.Agencies.AddRange(agencies);
        await db.SaveChangesAsync(ct);
        var hasher = sp.GetRequiredService<IPasswordHasher<StaffUser>>();
        foreach (var (userName, fullName, role, agencyCode, teamCode) in DemoData.Users)
        {
            var agency = agencies.Single(a => a.Code == agencyCode);
            var user = new StaffUser
            {
                UserName = userName, FullName = fullName, Role = role, AgencyId = agency.Id, CreatedAt = now,
                TeamId = teamCode is null ? null : agency.Teams.Single(t => t.Code == teamCode).Id,
                Email = $"{userName}@sct.example.gov.vn",
            };
            user.PasswordHash = hasher.HashPassword(user, DemoData.DemoPassword);
            db.StaffUsers.Add(user);
        }
        await db.SaveChangesAsync(ct);

        var handler = sp.GetRequiredService<SubmitComplaintHandler>();
        var home = sp.GetRequiredService<IOptions<ComplaintOptions>>().Value.HomeProvinceCode;
        var wards = await db.Wards.Where(w => w.ProvinceCode == home).OrderBy(w => w.Code).Select(w => w.Code).Take(3).ToListAsync(ct);
        string? disputeCode = null;
        foreach (var (request, i) in DemoComplaints.Requests(home, wards).Select((r, i) => (r, i)))
        {
            if (await handler.SubmitAsync(request, [], null, "web", ct) is SubmitOutcome.Created created && i == 1) disputeCode = created.Response.TrackingCode;
        }
        if (disputeCode is not null)
        {
            // One complaint already handed to the consumer association, so its liaison has something to see.
            var complaint = await db.Complaints.SingleAsync(c => c.TrackingCode == disputeCode, ct);
            db.ComplaintAgencyGrants.Add(new ComplaintAgencyGrant
            {
                ComplaintId = complaint.Id, AgencyId = agencies.Single(a => a.Code == "BVNTD").Id, GrantedAt = now, Reason = "Hỗ trợ hòa giải tranh chấp tiêu dùng",
            });
            await db.SaveChangesAsync(ct);
        }
    }
}
