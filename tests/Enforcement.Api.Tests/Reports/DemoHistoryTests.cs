using Enforcement.Api.Cases.Records;
using Enforcement.Api.Data;
using Enforcement.Api.Data.Seeding;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Reports.Demo;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Reports;

/// <summary>Demo apps with the two-year history on, at a fixed instant: 20 November 2026, 10:00 in Vietnam.</summary>
public sealed class HistorySqliteApp : SqliteApp
{
    protected override TimeProvider TestClock => new ManualClock(DemoHistoryTests<HistorySqliteApp>.Now);
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Seed:DemoHistory"] = "true" };
}

public sealed class HistoryPostgresApp : PostgresApp
{
    protected override TimeProvider TestClock => new ManualClock(DemoHistoryTests<HistoryPostgresApp>.Now);
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Seed:DemoHistory"] = "true" };
}

public abstract class DemoHistoryTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 20, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_demo_history_is_the_seeded_generators_output_within_two_years_and_its_last_month_is_reportable()
    {
        _ = app.Services; // starts the app: schema, reference data, demo data and history
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var wards = await db.Wards.Where(w => w.ProvinceCode == "82").OrderBy(w => w.Code).Select(w => w.Code).Take(DemoHistorySeeder.Wards).ToListAsync();
        var expected = DemoHistoryGenerator.Generate(DemoHistorySpec.TwoYears(Now.UtcDateTime, "82", wards)).ToList();

        // Deterministic: the database holds exactly what the seeded generator makes for this clock.
        var complaints = await db.Complaints.Where(c => c.TrackingCode.StartsWith("LS-")).OrderBy(c => c.TrackingCode).Select(c => new { c.TrackingCode, c.Category, c.WardCode, c.SubmittedAt, c.Status }).ToListAsync();
        Assert.True(complaints.Count > 2500, $"only {complaints.Count} historical complaints");
        Assert.Equal(expected.Select(h => $"{h.Complaint.TrackingCode} {h.Complaint.Category} {h.Complaint.WardCode} {h.Complaint.SubmittedAt:O} {h.Complaint.Status}").Order(StringComparer.Ordinal),
            complaints.Select(c => $"{c.TrackingCode} {c.Category} {c.WardCode} {c.SubmittedAt:O} {c.Status}"));
        var records = await db.ViolationRecords.Select(r => new { r.TrackingCode, r.RecordDate, r.GoodsCategory, r.GoodsValueVnd, r.Online, r.Platform, r.TeamCode }).ToListAsync();
        Assert.Equal(expected.Where(h => h.Record is not null).Select(h => $"{h.Record!.TrackingCode} {h.Record.RecordDate} {h.Record.GoodsCategory} {h.Record.GoodsValueVnd} {h.Record.Platform} {h.Record.TeamCode}").Order(StringComparer.Ordinal),
            records.Select(r => $"{r.TrackingCode} {r.RecordDate} {r.GoodsCategory} {r.GoodsValueVnd} {r.Platform} {r.TeamCode}").Order(StringComparer.Ordinal));
        // Every violation code is one of the Decree 98/2020 data file's, as the case form offers them.
        var catalog = scope.ServiceProvider.GetRequiredService<Enforcement.Api.Cases.Records.ViolationCatalog>();
        Assert.All(await db.ViolationRecords.Select(r => r.ViolationCode).Distinct().ToListAsync(), code => Assert.NotNull(catalog.Find(code)));
        Assert.Equal(expected.Sum(h => h.Decision?.FineVnd ?? 0), await db.PenaltyDecisions.SumAsync(d => d.FineVnd));
        Assert.Equal(expected.Sum(h => h.Collection?.AmountVnd ?? 0), await db.FineCollections.SumAsync(f => f.AmountVnd));
        Assert.Equal(expected.Count(h => h.Handoff is not null), await db.Handoffs.CountAsync(h => h.TrackingCode.StartsWith("LS-"))); // the live demo cases hand over too
        Assert.Equal(expected.Count(h => h.Resolution is not null), await db.ComplaintResolutions.CountAsync(r => r.TrackingCode.StartsWith("LS-")));

        // Within the 24 months that end now, and nothing after now.
        var first = new DateOnly(2024, 12, 1);
        var today = new DateOnly(2026, 11, 20);
        Assert.All(complaints, c => Assert.InRange(DateOnly.FromDateTime(VietnamTime.ToLocal(c.SubmittedAt)), first, today));
        Assert.All(records, r => Assert.InRange(r.RecordDate, first, today));
        Assert.True(await db.FineCollections.AllAsync(f => f.CollectedDate <= today));
        Assert.True(await db.ComplaintResolutions.AllAsync(r => r.ResolvedAt <= Now.UtcDateTime));

        // Last month has records in at least four goods categories, online on the Listings slice's platforms.
        var october = records.Where(r => r.RecordDate.Year == 2026 && r.RecordDate.Month == 10).ToList();
        Assert.True(october.Count >= 30, $"{october.Count} records in October 2026");
        Assert.True(october.Select(r => r.GoodsCategory).Distinct().Count() >= 4, string.Join(", ", october.Select(r => r.GoodsCategory).Distinct()));
        Assert.Subset(new HashSet<string?> { "shopee", "lazada", "tiktok_shop", "facebook", null }, october.Select(r => r.Platform).ToHashSet());
        Assert.Subset(new HashSet<string?> { "QLTT-D1", "QLTT-D2", "QLTT-TMDT" }, october.Select(r => r.TeamCode).ToHashSet());

        // Counterfeit and smuggling records fall from one year to the next, as the reduction target expects.
        int Targeted(DateOnly from, DateOnly to) => records.Count(r => r.RecordDate >= from && r.RecordDate < to && GoodsCategories.Targeted.Contains(r.GoodsCategory));
        var lastYear = Targeted(new(2024, 12, 1), new(2025, 11, 1));
        var thisYear = Targeted(new(2025, 12, 1), new(2026, 11, 1));
        Assert.InRange(thisYear, lastYear * 0.75, lastYear * 0.97);

        // Starting again adds nothing and starts no triage for history: it has no workflow instance.
        await app.Services.InitializeDatabaseAsync();
        Assert.Equal(complaints.Count, await db.Complaints.CountAsync(c => c.TrackingCode.StartsWith("LS-")));
        Assert.Equal(records.Count, await db.ViolationRecords.CountAsync());
        Assert.False(await db.Set<Enforcement.Workflows.Runtime.WorkflowInstance>().AnyAsync(i => i.CorrelationId.StartsWith("LS-")));
    }

    [Fact]
    public void The_generator_is_deterministic_and_its_seed_matters()
    {
        var spec = DemoHistorySpec.TwoYears(Now.UtcDateTime, "82", ["w1", "w2", "w3", "w4"]);
        string Dump(DemoHistorySpec s) => string.Join('\n', DemoHistoryGenerator.Generate(s).Select(h =>
            $"{h.Complaint.TrackingCode} {h.Complaint.SubmittedAt:O} {h.Record?.GoodsCategory} {h.Record?.GoodsValueVnd} {h.Decision?.FineVnd} {h.Collection?.CollectedDate} {h.Handoff?.Status} {h.Resolution?.Days}"));
        var one = Dump(spec);
        Assert.Equal(one, Dump(spec));
        Assert.NotEqual(one, Dump(spec with { Seed = spec.Seed + 1 }));
    }
}

public sealed class DemoHistoryTests_Sqlite(HistorySqliteApp app) : DemoHistoryTests<HistorySqliteApp>(app);

public sealed class DemoHistoryTests_Postgres(HistoryPostgresApp app) : DemoHistoryTests<HistoryPostgresApp>(app);
