using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Api.Tests.Platform;

namespace Enforcement.Api.Tests.Cases;

/// <summary>Claim, extend, bulk assign and the queue filters, over HTTP, as the README and the OpenAPI summaries describe them.</summary>
public abstract class TaskActionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private static long Id(JsonElement task) => task.GetProperty("id").GetInt64();

    [Fact]
    public async Task A_claim_takes_free_work_and_a_colleagues_task_is_not_free()
    {
        var code = await app.FileAsync();
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var inspector = await app.StaffClientAsync("inspector");
        var task = await inspector.TaskAtAsync(code, "verification");

        Assert.Equal(HttpStatusCode.OK, (await inspector.PostAsync($"/api/staff/tasks/{Id(task)}/claim", null)).StatusCode);
        Assert.Equal("inspector", (await inspector.TaskAtAsync(code, "verification")).GetProperty("assignedUser").GetString());
        var mine = await (await inspector.GetAsync("/api/staff/tasks?queue=mine")).JsonAsync();
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), t => t.GetProperty("taskId").GetInt64() == Id(task));

        var taken = await (await app.StaffClientAsync("inspector2")).PostAsync($"/api/staff/tasks/{Id(task)}/claim", null);
        Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
        Assert.Equal("taken", (await taken.JsonAsync()).GetProperty("reason").GetString());
    }

    [Fact]
    public async Task The_supervisor_extends_a_penalty_decision_once_within_30_days()
    {
        var code = await app.FileAsync();
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var inspector = await app.StaffClientAsync("inspector");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Bán hàng giả", violationFound = "true" });
        await inspector.DoAsync(code, "violation-record", "recorded", CaseClient.ViolationFields(app.Clock));
        var penalty = await inspector.TaskAtAsync(code, "penalty-decision");
        var supervisor = await app.StaffClientAsync("supervisor");
        var url = $"/api/staff/tasks/{Id(penalty)}/extend";

        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsJsonAsync(url, new { days = 10, reason = "Chờ giám định" })).StatusCode);
        var tooLong = await supervisor.PostAsJsonAsync(url, new { days = 31, reason = "Chờ giám định" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.True((await tooLong.JsonAsync()).GetProperty("errors").TryGetProperty("days", out _));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync(url, new { days = 30, reason = "Chờ kết quả giám định hàng giả" })).StatusCode);

        var extended = await inspector.TaskAtAsync(code, "penalty-decision");
        Assert.Equal(penalty.GetProperty("dueAt").GetDateTime().AddDays(30), extended.GetProperty("dueAt").GetDateTime());
        Assert.Equal(1, extended.GetProperty("extensions").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.PostAsJsonAsync(url, new { days = 5, reason = "Lần hai" })).StatusCode);
    }

    [Fact]
    public async Task Bulk_assign_gives_every_task_or_none()
    {
        var codes = new[] { await app.FileAsync(), await app.FileAsync() };
        var supervisor = await app.StaffClientAsync("supervisor");
        foreach (var c in codes) await supervisor.DoAsync(c, "classify", "enforcement");
        var teamLead = await app.StaffClientAsync("teamlead");
        var ids = new List<long>();
        foreach (var c in codes) ids.Add(Id(await teamLead.TaskAtAsync(c, "verification")));

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.StaffClientAsync("inspector")).PostAsJsonAsync("/api/staff/tasks/bulk-assign", new { taskIds = ids, userName = "inspector2" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teamLead.PostAsJsonAsync("/api/staff/tasks/bulk-assign", new { taskIds = ids.Append(987654321), userName = "inspector2" })).StatusCode);
        foreach (var c in codes) Assert.Equal(JsonValueKind.Null, (await teamLead.TaskAtAsync(c, "verification")).GetProperty("assignedUser").ValueKind);

        Assert.Equal(HttpStatusCode.OK, (await teamLead.PostAsJsonAsync("/api/staff/tasks/bulk-assign", new { taskIds = ids, userName = "inspector2" })).StatusCode);
        foreach (var c in codes) Assert.Equal("inspector2", (await teamLead.TaskAtAsync(c, "verification")).GetProperty("assignedUser").GetString());
    }

    [Fact]
    public async Task Queue_filters_narrow_the_list_and_bad_ones_are_named()
    {
        var smuggled = await app.FileAsync("smuggled");
        var supervisor = await app.StaffClientAsync("supervisor");
        async Task<List<JsonElement>> ItemsAsync(string query)
        {
            var response = await supervisor.GetAsync("/api/staff/tasks?" + query);
            Assert.True(response.IsSuccessStatusCode, $"{query}: {(int)response.StatusCode}");
            return (await response.JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        }

        var bySmuggled = await ItemsAsync("category=smuggled");
        Assert.Contains(bySmuggled, t => t.GetProperty("caseCode").GetString() == smuggled);
        Assert.All(bySmuggled, t => Assert.Equal("smuggled", t.GetProperty("category").GetString()));
        Assert.All(await ItemsAsync("process=triage"), t => Assert.Equal("triage", t.GetProperty("process").GetString()));
        Assert.All(await ItemsAsync($"ward={TestData.HomeWard}"), t => Assert.Equal(TestData.HomeWard, t.GetProperty("wardCode").GetString()));
        var today = TestData.Today(app.Clock);
        Assert.DoesNotContain(await ItemsAsync($"dueBefore={TestData.Iso(today)}"), t => t.GetProperty("caseCode").GetString() == smuggled); // due in 3 working days
        Assert.Contains(await ItemsAsync($"dueBefore={TestData.Iso(today.AddDays(14))}"), t => t.GetProperty("caseCode").GetString() == smuggled);
        Assert.DoesNotContain(await ItemsAsync("overdue=true"), t => t.GetProperty("caseCode").GetString() == smuggled);

        foreach (var (query, field) in new[] { ("dueBefore=31/12/2026", "dueBefore"), ("queue=everyone", "queue"), ("process=nope", "process"), ("pageSize=500", "pageSize") })
        {
            var bad = await supervisor.GetAsync("/api/staff/tasks?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.True((await bad.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }
}

public sealed class TaskActionTests_Sqlite(CaseSqliteApp app) : TaskActionTests<CaseSqliteApp>(app);

public sealed class TaskActionTests_Postgres(CasePostgresApp app) : TaskActionTests<CasePostgresApp>(app);

/// <summary>Moving a running case to another version of its process, over HTTP, on either database.</summary>
public abstract class MigrationTests
{
    protected abstract Task<(string Database, string Provider, IAsyncDisposable? Owner)> DatabaseAsync();

    [Fact]
    public async Task A_supervisor_moves_a_running_case_between_versions_with_a_step_map()
    {
        // Version 2 of triage renames its first step; new cases start on it.
        var triageV2 = File.ReadAllText(Path.Combine(WorkflowFolders.Repo(), "triage.json"))
            .Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal).Replace("\"classify\"", "\"phan-loai\"", StringComparison.Ordinal);
        var folder = WorkflowFolders.CopyWith("triage.json", t => t, ("triage-v2.json", triageV2));
        var (database, provider, owner) = await DatabaseAsync();
        await using var owned = owner;
        await using var app = new FolderApp(database, folder, provider);
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        var triage = (await supervisor.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single();
        Assert.Equal(2, triage.GetProperty("version").GetInt32());
        var url = $"/api/staff/workflows/instances/{triage.GetProperty("id").GetInt64()}/migrate";

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.StaffClientAsync("inspector")).PostAsJsonAsync(url, new { toVersion = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.PostAsJsonAsync(url, new { toVersion = 9 })).StatusCode);
        var unmapped = await supervisor.PostAsJsonAsync(url, new { toVersion = 1 });
        Assert.Equal(HttpStatusCode.Conflict, unmapped.StatusCode);
        Assert.Contains("phan-loai", (await unmapped.JsonAsync()).GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync(url, new { toVersion = 1, stepMap = new Dictionary<string, string> { ["phan-loai"] = "classify" } })).StatusCode);

        var moved = await supervisor.CaseAsync(code);
        Assert.Equal(1, moved.GetProperty("processes")[0].GetProperty("version").GetInt32());
        Assert.Contains(moved.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "migrated" && e.GetProperty("outcome").GetString() == "v2→v1");
        await supervisor.DoAsync(code, "classify", "reject", new { rejectionReason = "Không thuộc thẩm quyền" });
        Assert.Equal("rejected", await app.PublicStatusAsync(code));
    }

    [Fact]
    public async Task An_administrator_migrates_only_with_a_reason_which_the_case_records_and_learns_nothing_of_the_case()
    {
        var triageV2 = File.ReadAllText(Path.Combine(WorkflowFolders.Repo(), "triage.json"))
            .Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal).Replace("\"classify\"", "\"phan-loai\"", StringComparison.Ordinal);
        var (database, provider, owner) = await DatabaseAsync();
        await using var owned = owner;
        await using var app = new FolderApp(database, WorkflowFolders.CopyWith("triage.json", t => t, ("triage-v2.json", triageV2)), provider);
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        var id = (await supervisor.CaseAsync(code)).GetProperty("processes")[0].GetProperty("id").GetInt64();
        var admin = await app.StaffClientAsync("admin");
        var url = $"/api/staff/workflows/instances/{id}/migrate";
        var map = new Dictionary<string, string> { ["phan-loai"] = "classify" };

        var noReason = await admin.PostAsJsonAsync(url, new { toVersion = 1, stepMap = map });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        var unmapped = await admin.PostAsJsonAsync(url, new { toVersion = 1, reason = "Sửa lỗi định nghĩa" });
        Assert.Equal(HttpStatusCode.Conflict, unmapped.StatusCode);
        Assert.DoesNotContain(code, await unmapped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.StaffClientAsync("police")).PostAsJsonAsync(url, new { toVersion = 1, stepMap = map })).StatusCode);

        var moved = await admin.PostAsJsonAsync(url, new { toVersion = 1, stepMap = map, reason = "Phiên bản 2 bị lỗi, quay về phiên bản 1" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var answer = await moved.Content.ReadAsStringAsync();
        Assert.DoesNotContain(code, answer, StringComparison.Ordinal);
        Assert.DoesNotContain("classify", answer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/api/staff/cases/{code}")).StatusCode); // still reads no case
        Assert.Contains((await supervisor.CaseAsync(code)).GetProperty("timeline").EnumerateArray(),
            e => e.GetProperty("kind").GetString() == "migrated" && e.GetProperty("actor").GetString() == "admin" && e.GetProperty("comment").GetString() == "Phiên bản 2 bị lỗi, quay về phiên bản 1");
    }
}

public sealed class MigrationTests_Sqlite : MigrationTests
{
    protected override Task<(string Database, string Provider, IAsyncDisposable? Owner)> DatabaseAsync() =>
        Task.FromResult((Path.Combine(Path.GetTempPath(), $"enf-migrate-{Guid.NewGuid():N}.db"), "Sqlite", (IAsyncDisposable?)null));
}

public sealed class MigrationTests_Postgres : MigrationTests
{
    protected override Task<(string Database, string Provider, IAsyncDisposable? Owner)> DatabaseAsync()
    {
        var database = new ThrowawayPostgres();
        return Task.FromResult((database.ConnectionString, "Postgres", (IAsyncDisposable?)database));
    }
}
