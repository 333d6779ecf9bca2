using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Cases;

/// <summary>Each route walked over HTTP by the demo users.</summary>
public abstract class CaseRouteTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    [Fact]
    public async Task Enforcement_with_crime_signs_police_return_penalty_decision_and_closing()
    {
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        var inspector = await app.StaffClientAsync("inspector");
        var police = await app.StaffClientAsync("police");
        Assert.Equal(HttpStatusCode.NotFound, (await police.GetAsync($"/api/staff/cases/{code}")).StatusCode);

        await CaseClient.HandToPoliceAsync(code, supervisor, inspector);

        // The police see the case from the handoff on, and nothing before it.
        var policeView = await police.CaseAsync(code);
        var seen = policeView.GetProperty("timeline").EnumerateArray().ToList();
        Assert.DoesNotContain(seen, e => e.GetProperty("kind").GetString() == "started");
        var handoff = Assert.Single(seen, e => e.GetProperty("kind").GetString() == "handoff" && e.GetProperty("outcome").GetString() == "CA");
        Assert.All(seen, e =>
        {
            Assert.True(e.GetProperty("id").GetInt64() >= handoff.GetProperty("id").GetInt64(), $"entry {e} comes before the handoff");
            Assert.True(e.GetProperty("at").GetDateTime() >= handoff.GetProperty("at").GetDateTime(), $"entry {e} is dated before the handoff");
        });
        var full = (await inspector.CaseAsync(code)).GetProperty("timeline").EnumerateArray().ToList();
        Assert.True(full.Count > seen.Count, "QLTT sees what came before the handoff");
        var review = await police.TaskAtAsync(code, "police-review");
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.CompleteAsync(review, "returned", new { returnReason = "x" })).StatusCode);
        await police.DoAsync(code, "police-review", "returned", new { returnReason = "Chưa đủ yếu tố cấu thành tội phạm" });

        await inspector.DoAsync(code, "violation-record", "recorded", CaseClient.ViolationFields(app.Clock));
        var penalty = await inspector.TaskAtAsync(code, "penalty-decision");
        Assert.Equal(new DateTime(2026, 11, 27, 17, 0, 0, DateTimeKind.Utc), penalty.GetProperty("dueAt").GetDateTime().ToUniversalTime()); // 7 days, end of 27/11 local
        await app.DecideAsync(code, inspector, CaseClient.DecisionFields(app.Clock, 8_000_000));
        await inspector.DoAsync(code, "fine-collection", "collected", new { amountVnd = "8000000", collectedDate = TestData.Iso(TestData.Today(app.Clock)) });
        await inspector.DoAsync(code, "enforcement", "complied");

        Assert.Equal("resolved", await app.PublicStatusAsync(code));
        var final = await inspector.CaseAsync(code);
        Assert.Empty(final.GetProperty("openTasks").EnumerateArray());
        var kinds = final.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("signal", kinds);
        Assert.Contains("handoff", kinds);
        Assert.Equal(2, kinds.Count(k => k == "completed")); // triage, then enforcement
    }

    [Fact]
    public async Task Referral_to_science_and_technology_is_accepted_and_the_complainant_sees_referred()
    {
        var code = await app.FileAsync("ip_infringement");
        var supervisor = await app.StaffClientAsync("supervisor");
        var science = await app.StaffClientAsync("science");
        await supervisor.DoAsync(code, "classify", "referral", new { referralAgency = "KHCN", referralReason = "Xâm phạm quyền sở hữu công nghiệp" });
        await science.DoAsync(code, "receiver-review", "accepted", new { receiverReference = "123/SKHCN" });
        Assert.Equal("referred", await app.PublicStatusAsync(code));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_complainant_sees()
    {
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        var task = await supervisor.TaskAtAsync(code, "classify");
        var missing = await supervisor.CompleteAsync(task, "reject");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("Vui lòng nhập trường này.", (await missing.JsonAsync()).GetProperty("errors").GetProperty("rejectionReason")[0].GetString());
        await supervisor.DoAsync(code, "classify", "reject", new { rejectionReason = "Nội dung không thuộc thẩm quyền của ngành Công Thương" });
        Assert.Equal("rejected", await app.PublicStatusAsync(code));
    }
}

/// <summary>Moves its own clock, so it has its own app.</summary>
public abstract class DisputeDeadlineTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    [Fact]
    public async Task Consumer_dispute_without_an_answer_in_7_working_days_goes_to_mediation_and_is_resolved()
    {
        var code = await app.FileAsync("consumer_dispute");
        var supervisor = await app.StaffClientAsync("supervisor");
        var inspector = await app.StaffClientAsync("inspector");
        var association = await app.StaffClientAsync("association");
        await supervisor.DoAsync(code, "classify", "dispute");
        await inspector.DoAsync(code, "notify-business", "notified");
        var waiting = await inspector.TaskAtAsync(code, "await-response");
        // Friday 20/11/2026 + 7 working days = Tuesday 01/12, end of day in Vietnam.
        Assert.Equal(new DateTime(2026, 12, 1, 17, 0, 0, DateTimeKind.Utc), waiting.GetProperty("dueAt").GetDateTime().ToUniversalTime());
        Assert.Equal(HttpStatusCode.NotFound, (await association.GetAsync($"/api/staff/cases/{code}")).StatusCode);

        app.Clock.Advance(TimeSpan.FromDays(11));
        await app.FireTimersAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.StaffClientAsync("association")).GetAsync($"/api/staff/cases/{code}")).StatusCode); // 01/12 is still within the period
        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(await app.FireTimersAsync() >= 1);
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services))
        {
            // The overdue demo triage tasks were escalated to the QLTT supervisor by email.
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>(scope.ServiceProvider);
            Assert.True(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.OutboxMessages, m => m.Recipient == "supervisor@sct.example.gov.vn" && m.Subject.StartsWith("Quá hạn xử lý")));
        }
        association = await app.StaffClientAsync("association"); // days later: a fresh sign-in
        await association.TaskAtAsync(code, "mediation");
        await association.DoAsync(code, "mediation", "resolved", new { settlement = "Cửa hàng hoàn tiền 125.000 đ" });
        Assert.Equal("resolved", await app.PublicStatusAsync(code));
        using (var scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateScope(app.Services))
        {
            // The handoff to the association is a row its mediation answered: reports count the success rate from it.
            var db = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>(scope.ServiceProvider);
            var handoff = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Handoffs, h => h.TrackingCode == code);
            Assert.Equal(("BVNTD", "consumer_association", "succeeded", "Cửa hàng hoàn tiền 125.000 đ"), (handoff.AgencyCode, handoff.AgencyKind, handoff.Status, handoff.Outcome));
        }
    }
}

public sealed class DisputeDeadlineTests_Sqlite(CaseSqliteApp app) : DisputeDeadlineTests<CaseSqliteApp>(app);

public sealed class DisputeDeadlineTests_Postgres(CasePostgresApp app) : DisputeDeadlineTests<CasePostgresApp>(app);

public sealed class CaseRouteTests_Sqlite(CaseSqliteApp app) : CaseRouteTests<CaseSqliteApp>(app);

public sealed class CaseRouteTests_Postgres(CasePostgresApp app) : CaseRouteTests<CasePostgresApp>(app);
