using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Cases;

/// <summary>Every rule tried from the side that must be refused.</summary>
public abstract class CaseSecurityTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    [Fact]
    public async Task Other_agencies_and_roles_are_refused_and_learn_nothing()
    {
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        var triage = await supervisor.TaskAtAsync(code, "classify");
        var taskId = triage.GetProperty("id").GetInt64();

        var inspector = await app.StaffClientAsync("inspector");
        var forbidden = await inspector.CompleteAsync(triage, "enforcement");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);

        foreach (var outsider in new[] { "police", "association", "science" })
        {
            var client = await app.StaffClientAsync(outsider);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/staff/cases/{code}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.CompleteAsync(triage, "enforcement")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/staff/tasks/{taskId}/claim", null)).StatusCode);
            var queue = await (await client.GetAsync("/api/staff/tasks")).JsonAsync();
            Assert.DoesNotContain(queue.GetProperty("items").EnumerateArray(), t => t.GetProperty("caseCode").GetString() == code);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.StaffClientAsync("analyst")).GetAsync("/api/staff/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/staff/cases/{code}")).StatusCode);
    }

    [Fact]
    public async Task Bad_outcomes_closed_tasks_and_stale_pages_get_400_and_409_with_what_is_allowed()
    {
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        var triage = await supervisor.TaskAtAsync(code, "classify");

        var unknown = await supervisor.CompleteAsync(triage, "archive");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("outcome", out _));

        var badField = await supervisor.CompleteAsync(triage, "referral", new { referralAgency = "NASA", referralReason = "x", extra = "y" });
        var errors = (await badField.JsonAsync()).GetProperty("errors");
        Assert.Equal("Giá trị không có trong danh sách.", errors.GetProperty("referralAgency")[0].GetString());
        Assert.True(errors.TryGetProperty("extra", out _));

        var stale = await supervisor.CompleteAsync(triage, "enforcement", revision: 99);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var allowed = (await stale.JsonAsync()).GetProperty("allowed").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Equal(["enforcement", "dispute", "referral", "reject"], allowed);

        Assert.Equal(HttpStatusCode.OK, (await supervisor.CompleteAsync(triage, "enforcement")).StatusCode);
        var again = await supervisor.CompleteAsync(triage, "dispute");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var againBody = await again.JsonAsync();
        Assert.Equal("Nhiệm vụ đã được xử lý.", againBody.GetProperty("title").GetString());
        // Triage has ended; what the case allows now is the enforcement process's first task.
        Assert.Equal(["verification:confirmed", "verification:unfounded"], againBody.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()).ToList());
    }

    [Fact]
    public async Task Two_people_completing_the_same_task_one_wins_and_the_other_gets_409()
    {
        var code = await app.FileAsync();
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var a = await app.StaffClientAsync("inspector");
        var b = await app.StaffClientAsync("inspector2");
        var task = await a.TaskAtAsync(code, "verification");
        var answers = await Task.WhenAll(a.CompleteAsync(task, "confirmed"), b.CompleteAsync(task, "unfounded", new { closingReason = "Trùng vụ việc khác" }));
        Assert.Single(answers, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, r => r.StatusCode == HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_team_leads_assign_only_within_the_agency_and_only_the_supervisor_extends()
    {
        var code = await app.FileAsync();
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var inspector = await app.StaffClientAsync("inspector");
        var teamLead = await app.StaffClientAsync("teamlead");
        var task = await inspector.TaskAtAsync(code, "verification");
        var id = task.GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsJsonAsync($"/api/staff/tasks/{id}/assign", new { userName = "inspector2" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await teamLead.PostAsJsonAsync($"/api/staff/tasks/{id}/assign", new { userName = "police" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teamLead.PostAsJsonAsync($"/api/staff/tasks/{id}/assign", new { userName = "supervisor" })).StatusCode); // not an inspector's task
        Assert.Equal(HttpStatusCode.OK, (await teamLead.PostAsJsonAsync($"/api/staff/tasks/{id}/assign", new { userName = "inspector2" })).StatusCode);
        var mine = await (await (await app.StaffClientAsync("inspector2")).GetAsync("/api/staff/tasks?queue=mine")).JsonAsync();
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), t => t.GetProperty("caseCode").GetString() == code);
        var counts = mine.GetProperty("counts");
        Assert.Equal(mine.GetProperty("total").GetInt32(), counts.GetProperty("mine").GetInt32());
        Assert.True(counts.GetProperty("agency").GetInt32() >= counts.GetProperty("mine").GetInt32());

        Assert.Equal(HttpStatusCode.Conflict, (await (await app.StaffClientAsync("supervisor")).PostAsJsonAsync($"/api/staff/tasks/{id}/extend", new { days = 5, reason = "x" })).StatusCode); // verification has no extension
    }
}

public sealed class CaseSecurityTests_Sqlite(CaseSqliteApp app) : CaseSecurityTests<CaseSqliteApp>(app);

public sealed class CaseSecurityTests_Postgres(CasePostgresApp app) : CaseSecurityTests<CasePostgresApp>(app);
