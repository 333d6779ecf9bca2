using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Platform;

/// <summary>One of two app instances on a shared PostgreSQL database, with its own clock, mailing through a slow relay.</summary>
internal sealed class InstanceApp(string connectionString, TimeProvider clock, TestSmtpServer relay) : AppFactory
{
    protected override string Provider => "Postgres";
    protected override string ConnectionString => connectionString;
    protected override TimeProvider TestClock => clock;
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(CaseClient.Settings)
    {
        ["Email:Mode"] = "Smtp", ["Email:SmtpHost"] = "127.0.0.1", ["Email:SmtpPort"] = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:LeaseSeconds"] = "60", ["Email:SmtpTimeoutSeconds"] = "25", ["Email:PollMilliseconds"] = "200",
    };
}

/// <summary>
/// The issue's "done": two instances on one PostgreSQL database, their clocks 30 s apart, a slow mail relay,
/// and deadlines firing on both while people complete those tasks: nothing lost, nothing sent twice, no 5xx.
/// </summary>
public sealed class TwoInstanceRunTests
{
    [Fact]
    public async Task Two_instances_with_skewed_clocks_a_slow_relay_and_racing_deadlines_lose_nothing_and_send_nothing_twice()
    {
        await using var database = new ThrowawayPostgres();
        await using var relay = new TestSmtpServer { BeforeAccepting = _ => Task.Delay(150) };
        var clockA = new ManualClock(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
        var clockB = new OffsetClock(clockA, TimeSpan.FromSeconds(30));
        await using var a = new InstanceApp(database.ConnectionString, clockA, relay);
        a.CreateClient().Dispose(); // A creates the schema and the demo data first
        await using var b = new InstanceApp(database.ConnectionString, clockB, relay);
        var statuses = new System.Collections.Concurrent.ConcurrentBag<HttpStatusCode>();

        // Consumers file on both instances at once.
        var today = TestData.Today(clockA);
        var filed = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            var body = TestData.ValidComplaint($"consumer{i}@example.vn", today);
            body["category"] = "consumer_dispute";
            var response = await (i % 2 == 0 ? a : b).CreateClient().PostAsJsonAsync("/api/complaints", body);
            statuses.Add(response.StatusCode);
            return (await response.JsonAsync()).GetProperty("trackingCode").GetString()!;
        })));

        // Staff on A and B take every dispute to the business's 7 working days.
        var supervisor = await b.StaffClientAsync("supervisor");
        var inspector = await a.StaffClientAsync("inspector");
        foreach (var code in filed)
        {
            await supervisor.DoAsync(code, "classify", "dispute");
            await inspector.DoAsync(code, "notify-business", "notified");
        }
        var tasks = new List<System.Text.Json.JsonElement>();
        foreach (var code in filed) tasks.Add(await inspector.TaskAtAsync(code, "await-response"));

        // The period ends: both instances' schedulers fire while inspectors on B answer the same tasks.
        clockA.Advance(TimeSpan.FromDays(12));
        var lateInspector = await b.StaffClientAsync("inspector");
        var firing = Task.WhenAll(Task.Run(a.FireTimersAsync), Task.Run(b.FireTimersAsync));
        var answers = await Task.WhenAll(tasks.Select(t => Task.Run(async () =>
        {
            var response = await lateInspector.CompleteAsync(t, "resolved", new { settlement = "Hoàn tiền" });
            statuses.Add(response.StatusCode);
            return response.StatusCode;
        })));
        await firing;

        Assert.All(statuses, s => Assert.True((int)s < 500, $"got {(int)s}"));
        using var scope = a.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        Assert.Equal(16, await db.Complaints.CountAsync(c => filed.Contains(c.TrackingCode)));
        for (var i = 0; i < filed.Length; i++)
        {
            var ids = await db.Set<WorkflowInstance>().Where(x => x.CorrelationId == filed[i]).Select(x => x.Id).ToListAsync();
            var expired = await db.Set<WorkflowJournalEntry>().CountAsync(j => ids.Contains(j.InstanceId) && j.Kind == JournalKinds.DeadlineExpired && j.StepId == "await-response");
            Assert.Equal(answers[i] == HttpStatusCode.OK ? 0 : 1, expired); // one winner per case
        }

        // Every email (confirmations, escalations) goes out once, through whichever instance leased it.
        for (var i = 0; i < 300 && await db.OutboxMessages.AnyAsync(m => m.SentAt == null && m.DeadAt == null); i++) await Task.Delay(100);
        var sent = await db.OutboxMessages.Where(m => m.SentAt != null).Select(m => m.Id).ToListAsync();
        Assert.Empty(await db.OutboxMessages.Where(m => m.SentAt == null).Select(m => m.Id).ToListAsync());
        var twice = await db.OutboxMessages.Where(m => sent.Contains(m.Id)).ToListAsync();
        twice = twice.Where(m => relay.Received.Count(r => r.StartsWith($"outbox-{m.Id}@", StringComparison.Ordinal)) != 1).ToList();
        Assert.True(twice.Count == 0, "sent other than once: " + string.Join("; ", twice.Select(m => $"{m.Id} attempts {m.Attempts} error {m.LastError}")));
        Assert.Contains(sent, id => relay.Received.Any(r => r.StartsWith($"outbox-{id}@", StringComparison.Ordinal)));
    }
}
