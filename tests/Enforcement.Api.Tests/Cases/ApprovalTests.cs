using System.Net;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Cases;

/// <summary>A penalty decision is proposed by an inspector and approved by someone else whose competence covers the fine band.</summary>
public abstract class ApprovalTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private async Task<bool> DecidedAsync(string code)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().PenaltyDecisions.AnyAsync(d => d.TrackingCode == code);
    }

    /// <summary>A case whose violation record is written, waiting for its proposal, with a proposal of <paramref name="fine"/> made.</summary>
    private async Task<(string Code, HttpClient Inspector)> ProposedAsync(long fine, string violation = "nd98-d11-k3", string offender = "individual")
    {
        var code = await app.FileAsync();
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var inspector = await app.StaffClientAsync("inspector");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Bán nước mắm giả nhãn", violationFound = "true" });
        var record = CaseClient.ViolationFields(app.Clock, offender);
        record["violationCode"] = violation;
        await inspector.DoAsync(code, "violation-record", "recorded", record);
        await inspector.DoAsync(code, "penalty-decision", "proposed", CaseClient.DecisionFields(app.Clock, fine));
        return (code, inspector);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.JsonAsync();
    }

    private static async Task<string> RefusalAsync(HttpClient approver, string code) =>
        (await ProblemAsync(await approver.CompleteAsync(await approver.TaskAtAsync(code, "penalty-approval"), "approve"), HttpStatusCode.BadRequest))
            .GetProperty("errors").GetProperty("fineVnd")[0].GetString()!;

    [Fact]
    public async Task The_proposer_cannot_approve_a_lesser_competence_is_refused_and_a_team_lead_approves_and_only_then_the_decision_exists()
    {
        var (code, inspector) = await ProposedAsync(8_000_000);
        Assert.False(await DecidedAsync(code));

        // The proposer sees the approval with the proposal's figures, but no buttons; the API refuses and nothing moves.
        var approval = await inspector.TaskAtAsync(code, "penalty-approval");
        Assert.False(approval.GetProperty("canComplete").GetBoolean());
        var review = approval.GetProperty("review");
        Assert.Equal(("proposal", "inspector"), (review.GetProperty("kind").GetString(), review.GetProperty("actor").GetString()));
        Assert.Contains(review.GetProperty("values").EnumerateArray(), v => v.GetProperty("name").GetString() == "fineVnd" && v.GetProperty("value").GetString() == "8.000.000");
        var own = await ProblemAsync(await inspector.CompleteAsync(approval, "approve"), HttpStatusCode.Forbidden);
        Assert.Equal("Người đã thực hiện bước trước (người đề xuất) không được tự phê duyệt hoặc nhận nhiệm vụ này; nhiệm vụ phải do người khác thực hiện.",
            own.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsync($"/api/staff/tasks/{approval.GetProperty("id").GetInt64()}/claim", null)).StatusCode);
        await inspector.TaskAtAsync(code, "penalty-approval");
        Assert.False(await DecidedAsync(code));

        // Another inspector may fine only up to 500,000 VND: the refusal names who is competent.
        Assert.Equal("Khung tiền phạt của hành vi này tối đa 10.000.000 đồng (cá nhân), vượt thẩm quyền của Kiểm soát viên thị trường (đến 500.000 đồng). "
            + "Người có thẩm quyền phê duyệt: Đội trưởng Đội Quản lý thị trường (Điều 46 khoản 2).", await RefusalAsync(await app.StaffClientAsync("inspector2"), code));
        Assert.False(await DecidedAsync(code));

        await (await app.StaffClientAsync("teamlead")).DoAsync(code, "penalty-approval", "approve");
        Assert.True(await DecidedAsync(code));
        await inspector.TaskAtAsync(code, "fine-collection");
    }

    [Fact]
    public async Task Competence_is_doubled_for_an_organisation_and_a_band_above_every_role_names_the_chairman()
    {
        // Art. 11(4) for an organisation: 20–40 million; the team lead's 25 million doubled covers it.
        var (organisation, _) = await ProposedAsync(30_000_000, "nd98-d11-k4", "organisation");
        await (await app.StaffClientAsync("teamlead")).DoAsync(organisation, "penalty-approval", "approve");
        Assert.True(await DecidedAsync(organisation));

        // Art. 8(6): up to 70 million for an individual, above the team lead's and the supervisor's competence.
        var (beyond, _) = await ProposedAsync(60_000_000, "nd98-d8-k6");
        Assert.Equal("Khung tiền phạt của hành vi này tối đa 70.000.000 đồng (cá nhân), vượt thẩm quyền của Chi cục trưởng Chi cục Quản lý thị trường (đến 50.000.000 đồng). "
            + "Người có thẩm quyền phê duyệt: Chủ tịch Ủy ban nhân dân cấp tỉnh (Điều 38 khoản 3).", await RefusalAsync(await app.StaffClientAsync("supervisor"), beyond));
        Assert.Contains("Chủ tịch Ủy ban nhân dân cấp tỉnh", await RefusalAsync(await app.StaffClientAsync("teamlead"), beyond), StringComparison.Ordinal);
        Assert.False(await DecidedAsync(beyond));
    }

    [Fact]
    public async Task Sending_back_needs_a_reason_reopens_the_proposal_showing_it_and_the_approved_decision_is_the_last_proposal()
    {
        var (code, inspector) = await ProposedAsync(9_000_000);
        var teamLead = await app.StaffClientAsync("teamlead");
        var noReason = await ProblemAsync(await teamLead.CompleteAsync(await teamLead.TaskAtAsync(code, "penalty-approval"), "sendBack"), HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("sendBackReason", out _));
        await teamLead.TaskAtAsync(code, "penalty-approval");

        const string Reason = "Chưa áp dụng tình tiết giảm nhẹ: đề nghị mức phạt 7 triệu đồng";
        await teamLead.DoAsync(code, "penalty-approval", "sendBack", new { sendBackReason = Reason });
        var reopened = await inspector.TaskAtAsync(code, "penalty-decision");
        var sentBack = reopened.GetProperty("review");
        Assert.Equal(("sentBack", "teamlead"), (sentBack.GetProperty("kind").GetString(), sentBack.GetProperty("actor").GetString()));
        Assert.Equal(Reason, sentBack.GetProperty("values").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "sendBackReason").GetProperty("value").GetString());
        Assert.False(await DecidedAsync(code));

        var second = CaseClient.DecisionFields(app.Clock, 7_000_000);
        second["confiscation"] = "false";
        await inspector.DoAsync(code, "penalty-decision", "proposed", second);
        await teamLead.DoAsync(code, "penalty-approval", "approve");
        using var scope = app.Services.CreateScope();
        var decision = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().PenaltyDecisions.SingleAsync(d => d.TrackingCode == code);
        Assert.Equal((7_000_000L, false, true, "teamlead"), (decision.FineVnd, decision.Confiscation, decision.Destruction, decision.IssuedBy));
    }
}

public sealed class ApprovalTests_Sqlite(CaseSqliteApp app) : ApprovalTests<CaseSqliteApp>(app);

public sealed class ApprovalTests_Postgres(CasePostgresApp app) : ApprovalTests<CasePostgresApp>(app);

/// <summary>The competence table is data, checked when the app starts (AddCases loads it): a bad file stops the start and says why.</summary>
public sealed class PenaltyCompetenceFileTests
{
    private static InvalidOperationException Broken(string json) => Assert.Throws<InvalidOperationException>(() =>
        Enforcement.Api.Cases.Approvals.PenaltyCompetence.Parse(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "penalty-competence.json"));

    [Fact]
    public void The_shipped_table_loads_marked_unverified_and_a_bad_one_is_refused_naming_the_file_and_each_problem()
    {
        var shipped = Enforcement.Api.Cases.Approvals.PenaltyCompetence.Load();
        Assert.False(shipped.Verified);
        Assert.Equal([("inspector", 500_000L), ("team_lead", 25_000_000L), ("supervisor", 50_000_000L)], shipped.Roles.Select(r => (r.Role, r.MaxFineVnd)));

        var error = Broken("""
            {"verified":false,"organisationMultiplier":0,"roles":[
              {"role":"chief","title":{"vi":"Trưởng"},"maxFineVnd":1000,"basis":"Điều 46"},
              {"role":"team_lead","title":{"en":"Lead"},"maxFineVnd":0,"basis":""},
              {"role":"team_lead","title":{"vi":"Đội trưởng"},"maxFineVnd":1,"basis":"Điều 46"}]}
            """).Message;
        Assert.StartsWith("penalty-competence.json is invalid", error, StringComparison.Ordinal);
        foreach (var problem in new[] { "organisationMultiplier must be 1 or more", "duplicate role 'team_lead'", "'chief' is not a role of the product",
                     "'team_lead': maxFineVnd must be positive", "'team_lead': needs a Vietnamese title", "'team_lead': needs its legal basis", "beyond: needs" })
            Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.StartsWith("penalty-competence.json is invalid", Broken("""{"roles": [""").Message, StringComparison.Ordinal);
    }
}
