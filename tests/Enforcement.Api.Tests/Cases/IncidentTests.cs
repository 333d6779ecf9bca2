using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Notifications;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Cases;

internal static class IncidentSettings
{
    /// <summary>A port nothing listens on: every email fails.</summary>
    private static readonly int ClosedPort = FreePort();

    public static Dictionary<string, string?> Settings => new(CaseClient.Settings)
    {
        ["Workflows:MaxAttempts"] = "3",
        ["Email:Mode"] = "Smtp", ["Email:SmtpHost"] = "127.0.0.1", ["Email:SmtpPort"] = ClosedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:MaxAttempts"] = "2", ["Email:RunDispatcher"] = "false",
    };

    private static int FreePort()
    {
        var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }
}

public sealed class IncidentSqliteApp : SqliteApp, ICaseApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => IncidentSettings.Settings;
}

public sealed class IncidentPostgresApp : PostgresApp, ICaseApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => IncidentSettings.Settings;
}

/// <summary>Work that fails every time stops being retried and waits for a person, who sees it and retries or cancels it.</summary>
public abstract class IncidentTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private async Task ExecAsync(Func<EnforcementDbContext, Task> work)
    {
        using var scope = app.Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>());
    }

    private async Task<T> QueryAsync<T>(Func<EnforcementDbContext, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>());
    }

    /// <summary>A dispute whose business did not answer, while the association's code is misconfigured: the handoff to mediation throws every time.</summary>
    private async Task<(string Code, long TimerId)> StuckDisputeAsync()
    {
        var code = await app.FileAsync("consumer_dispute");
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "dispute");
        var inspector = await app.StaffClientAsync("inspector");
        await inspector.DoAsync(code, "notify-business", "notified");
        var timerId = await QueryAsync(db => (from t in db.Set<WorkflowTimer>() join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
                                              where i.CorrelationId == code && t.StepId == "await-response" select t.Id).SingleAsync());
        await ExecAsync(db => db.Agencies.Where(a => a.Code == "BVNTD").ExecuteUpdateAsync(s => s.SetProperty(a => a.Code, "BVNTD-OLD")));
        app.Clock.Advance(TimeSpan.FromDays(12));
        async Task<int> AttemptsAsync() => await QueryAsync(db => db.Set<WorkflowTimer>().Where(t => t.Id == timerId).Select(t => t.Attempts).SingleAsync());
        // Retried after 30 s, then 60 s: never at once, never for ever.
        foreach (var (wait, attempts) in new[] { (TimeSpan.Zero, 1), (TimeSpan.Zero, 1), (TimeSpan.FromSeconds(29), 1), (TimeSpan.FromSeconds(2), 2),
                     (TimeSpan.FromSeconds(58), 2), (TimeSpan.FromSeconds(3), 3), (TimeSpan.FromDays(1), 3) })
        {
            app.Clock.Advance(wait);
            await app.FireTimersAsync();
            Assert.Equal(attempts, await AttemptsAsync());
        }
        await ExecAsync(db => db.Agencies.Where(a => a.Code == "BVNTD-OLD").ExecuteUpdateAsync(s => s.SetProperty(a => a.Code, "BVNTD")));
        return (code, timerId);
    }

    private static JsonElement? Find(JsonElement list, string kind, string idName, long id) =>
        list.GetProperty(kind).EnumerateArray().Cast<JsonElement?>().FirstOrDefault(e => e!.Value.GetProperty(idName).GetInt64() == id);

    [Fact]
    public async Task A_timer_that_fails_every_time_becomes_an_incident_that_staff_see_and_retry()
    {
        var (code, timerId) = await StuckDisputeAsync();

        var timer = await QueryAsync(db => db.Set<WorkflowTimer>().AsNoTracking().SingleAsync(t => t.Id == timerId));
        Assert.Equal(3, timer.Attempts); // not retried for ever
        Assert.NotNull(timer.IncidentAt);
        Assert.Null(timer.FiredAt);
        Assert.Contains("BVNTD", timer.LastError, StringComparison.Ordinal);

        var admin = await app.StaffClientAsync("admin");
        var supervisor = await app.StaffClientAsync("supervisor");
        var adminView = Find(await (await admin.GetAsync("/api/admin/incidents")).JsonAsync(), "timers", "timerId", timerId);
        Assert.NotNull(adminView);
        Assert.Equal(JsonValueKind.Null, adminView.Value.GetProperty("caseCode").ValueKind); // an administrator reads no case
        Assert.Equal(code, Find(await (await supervisor.GetAsync("/api/admin/incidents")).JsonAsync(), "timers", "timerId", timerId)!.Value.GetProperty("caseCode").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.StaffClientAsync("inspector")).GetAsync("/api/admin/incidents")).StatusCode);

        var detail = await supervisor.CaseAsync(code);
        Assert.Contains(detail.GetProperty("incidents").EnumerateArray(), i => i.GetProperty("timerId").GetInt64() == timerId);
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == JournalKinds.Incident);
        var page = await supervisor.GetStringAsync($"/staff/complaints/{code}");
        Assert.Contains("id=\"incidents\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{timerId}\"", page, StringComparison.Ordinal);

        var retried = await admin.PostAsync($"/api/admin/incidents/timers/{timerId}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.DoesNotContain(code, await retried.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.FireTimersAsync() >= 1);
        await (await app.StaffClientAsync("association")).TaskAtAsync(code, "mediation");
        var after = await supervisor.CaseAsync(code);
        Assert.Empty(after.GetProperty("incidents").EnumerateArray());
        Assert.Contains(after.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == JournalKinds.IncidentRetried && e.GetProperty("actor").GetString() == "admin");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/admin/incidents/timers/{timerId}/retry", null)).StatusCode);
    }

    [Fact]
    public async Task An_incident_is_cancelled_only_with_a_reason_which_its_case_records()
    {
        var (code, timerId) = await StuckDisputeAsync();
        var supervisor = await app.StaffClientAsync("supervisor");

        var noReason = await supervisor.PostAsJsonAsync($"/api/admin/incidents/timers/{timerId}/cancel", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsJsonAsync($"/api/admin/incidents/timers/{timerId}/cancel", new { reason = "Doanh nghiệp đã trả lời bằng văn bản giấy" })).StatusCode);

        Assert.Null(Find(await (await supervisor.GetAsync("/api/admin/incidents")).JsonAsync(), "timers", "timerId", timerId));
        var timeline = (await supervisor.CaseAsync(code)).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Contains(timeline, e => e.GetProperty("kind").GetString() == JournalKinds.IncidentCancelled && e.GetProperty("comment").GetString() == "Doanh nghiệp đã trả lời bằng văn bản giấy");
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.FireTimersAsync();
        await (await app.StaffClientAsync("inspector")).TaskAtAsync(code, "await-response"); // still with the inspector
    }

    [Fact]
    public async Task An_email_that_fails_every_attempt_is_dead_lettered_listed_masked_and_can_be_retried_or_cancelled()
    {
        var email = $"dl{Guid.NewGuid():N}"[..12] + "@example.vn";
        Assert.Equal(HttpStatusCode.Created, (await app.CreateClient().PostAsJsonAsync("/api/complaints", TestData.ValidComplaint(email, TestData.Today(app.Clock)))).StatusCode);
        var dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services);
        for (var i = 0; i < 4; i++)
        {
            await dispatcher.DispatchDueAsync(CancellationToken.None);
            app.Clock.Advance(TimeSpan.FromMinutes(2));
        }
        var message = await QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Recipient == email));
        Assert.Equal(2, message.Attempts);
        Assert.NotNull(message.DeadAt);

        var adminList = await (await (await app.StaffClientAsync("admin")).GetAsync("/api/admin/incidents")).JsonAsync();
        var listed = Find(adminList, "messages", "messageId", message.Id)!.Value;
        Assert.Equal(email[..2] + "***@example.vn", listed.GetProperty("recipient").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("subject").ValueKind);

        var supervisor = await app.StaffClientAsync("supervisor");
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/admin/incidents/messages/{message.Id}/retry", null)).StatusCode);
        var retried = await QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id));
        Assert.Equal((0, (DateTime?)null), (retried.Attempts, retried.DeadAt));

        for (var i = 0; i < 4; i++) { await dispatcher.DispatchDueAsync(CancellationToken.None); app.Clock.Advance(TimeSpan.FromMinutes(2)); }
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PostAsync($"/api/admin/incidents/messages/{message.Id}/cancel", null)).StatusCode);
        Assert.Null(Find(await (await supervisor.GetAsync("/api/admin/incidents")).JsonAsync(), "messages", "messageId", message.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.PostAsync($"/api/admin/incidents/messages/{message.Id}/retry", null)).StatusCode);
    }
}

public sealed class IncidentTests_Sqlite(IncidentSqliteApp app) : IncidentTests<IncidentSqliteApp>(app);

public sealed class IncidentTests_Postgres(IncidentPostgresApp app) : IncidentTests<IncidentPostgresApp>(app);
