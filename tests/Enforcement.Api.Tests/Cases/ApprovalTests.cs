using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Runtime;
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
        Assert.True((await (await app.StaffClientAsync("teamlead")).TaskAtAsync(code, "penalty-approval")).GetProperty("canComplete").GetBoolean());
        // Two working days from Friday 20/11/2026: the end of Tuesday 24/11, Vietnam time.
        Assert.Equal(new DateTime(2026, 11, 24, 17, 0, 0, DateTimeKind.Utc), approval.GetProperty("dueAt").GetDateTime().ToUniversalTime());
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
        var colleague = await app.StaffClientAsync("inspector2"); // sending back is for the team lead or the supervisor
        await ProblemAsync(await colleague.CompleteAsync(await colleague.TaskAtAsync(code, "penalty-approval"), "sendBack", new { sendBackReason = "Không đồng ý" }), HttpStatusCode.Forbidden);
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
        second.Remove("remedialMeasures"); // cleared: the first proposal's value must not come back
        await inspector.DoAsync(code, "penalty-decision", "proposed", second);
        await teamLead.DoAsync(code, "penalty-approval", "approve");
        using var scope = app.Services.CreateScope();
        var decision = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().PenaltyDecisions.SingleAsync(d => d.TrackingCode == code);
        Assert.Equal((7_000_000L, false, true, null, "teamlead"), (decision.FineVnd, decision.Confiscation, decision.Destruction, decision.RemedialMeasures, decision.IssuedBy));
    }

    [Fact]
    public async Task A_v2_case_at_the_penalty_decision_migrated_to_v3_is_proposed_then_approved()
    {
        var code = await app.FileAsync();
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        // A case started before v3 was deployed: its instance follows v2 (new cases start on the latest version).
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            Assert.Equal(1, await db.Set<WorkflowInstance>().Where(i => i.CorrelationId == code && i.DefinitionId == "qltt-enforcement" && i.DefinitionVersion == 3)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.DefinitionVersion, 2)));
        }
        var inspector = await app.StaffClientAsync("inspector");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Bán hàng giả", violationFound = "true" });
        await inspector.DoAsync(code, "violation-record", "recorded", CaseClient.ViolationFields(app.Clock));
        Assert.Equal("issued", (await inspector.TaskAtAsync(code, "penalty-decision")).GetProperty("outcomes")[0].GetProperty("name").GetString());

        var instance = (await inspector.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("process").GetString() == "qltt-enforcement");
        var moved = await (await app.StaffClientAsync("supervisor")).PostAsJsonAsync(
            $"/api/staff/workflows/instances/{instance.GetProperty("id").GetInt64()}/migrate", new { toVersion = 3, reason = "Phê duyệt theo thẩm quyền" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(["proposed", "noPenalty"], (await inspector.TaskAtAsync(code, "penalty-decision")).GetProperty("outcomes").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        await inspector.DoAsync(code, "penalty-decision", "proposed", CaseClient.DecisionFields(app.Clock, 6_000_000));
        Assert.False(await DecidedAsync(code));
        await (await app.StaffClientAsync("teamlead")).DoAsync(code, "penalty-approval", "approve");
        Assert.True(await DecidedAsync(code));
        await inspector.TaskAtAsync(code, "fine-collection");
    }
}

public sealed class ApprovalTests_Sqlite(CaseSqliteApp app) : ApprovalTests<CaseSqliteApp>(app);

public sealed class ApprovalTests_Postgres(CasePostgresApp app) : ApprovalTests<CasePostgresApp>(app);
