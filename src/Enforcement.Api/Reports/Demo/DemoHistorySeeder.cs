using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Reports.Demo;

/// <summary>
/// Writes the demo's two-year history (complaints and the records reports count) on a demo database that has no
/// violation record yet: once, in one transaction, with no workflow instance or task, so staff queues are unchanged.
/// </summary>
internal static class DemoHistorySeeder
{
    /// <summary>The wards history spreads over: the home province's first ones by code (a few busy, a long tail).</summary>
    public const int Wards = 15;

    public static async Task<int> SeedAsync(IServiceProvider services, EnforcementDbContext db, CancellationToken ct)
    {
        if (await db.ViolationRecords.AnyAsync(ct)) return 0;
        var home = services.GetRequiredService<IOptions<ComplaintOptions>>().Value.HomeProvinceCode;
        var wards = await db.Wards.Where(w => w.ProvinceCode == home).OrderBy(w => w.Code).Select(w => w.Code).Take(Wards).ToListAsync(ct);
        if (wards.Count == 0) return 0;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var cases = DemoHistoryGenerator.Generate(DemoHistorySpec.TwoYears(now, home, wards)).ToList();

        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // Parents first: each step's keys are the next step's foreign keys.
            db.Complaints.AddRange(cases.Select(c => c.Complaint));
            await db.SaveChangesAsync(ct);
            foreach (var c in cases) c.SetComplaintId(c.Complaint.Id);
            db.EnforcementCases.AddRange(cases.Select(c => c.Case).OfType<Cases.Records.EnforcementCase>());
            db.ViolationRecords.AddRange(cases.Select(c => c.Record).OfType<Cases.Records.ViolationRecord>());
            db.Handoffs.AddRange(cases.Select(c => c.Handoff).OfType<Cases.Records.Handoff>());
            db.ComplaintResolutions.AddRange(cases.Select(c => c.Resolution).OfType<Cases.Records.ComplaintResolution>());
            await db.SaveChangesAsync(ct);
            foreach (var c in cases.Where(c => c.Decision is not null)) c.Decision!.ViolationRecordId = c.Record!.Id;
            db.PenaltyDecisions.AddRange(cases.Select(c => c.Decision).OfType<Cases.Records.PenaltyDecision>());
            await db.SaveChangesAsync(ct);
            foreach (var c in cases.Where(c => c.Collection is not null)) c.Collection!.PenaltyDecisionId = c.Decision!.Id;
            db.FineCollections.AddRange(cases.Select(c => c.Collection).OfType<Cases.Records.FineCollection>());
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        return cases.Count;
    }
}
