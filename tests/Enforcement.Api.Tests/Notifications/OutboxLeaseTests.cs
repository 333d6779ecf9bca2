using Enforcement.Api.Data;
using Enforcement.Api.Notifications;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Notifications;

/// <summary>The app sending through a slow relay (a test SMTP server that lets the test act mid-batch).</summary>
public interface ISlowRelayApp
{
    TestSmtpServer Relay { get; }
}

internal static class SlowRelay
{
    public static Dictionary<string, string?> Settings(TestSmtpServer relay) => new()
    {
        ["Email:Mode"] = "Smtp", ["Email:SmtpHost"] = "127.0.0.1", ["Email:SmtpPort"] = relay.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:LeaseSeconds"] = "12", ["Email:SmtpTimeoutSeconds"] = "5",
        ["Email:RunDispatcher"] = "false", // the tests' own dispatchers are the two instances
    };
}

public sealed class SlowRelaySqliteApp : SqliteApp, ISlowRelayApp
{
    public TestSmtpServer Relay { get; } = new();
    protected override IDictionary<string, string?> ExtraSettings => SlowRelay.Settings(Relay);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Relay.DisposeAsync();
    }
}

public sealed class SlowRelayPostgresApp : PostgresApp, ISlowRelayApp
{
    public TestSmtpServer Relay { get; } = new();
    protected override IDictionary<string, string?> ExtraSettings => SlowRelay.Settings(Relay);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Relay.DisposeAsync();
    }
}

public abstract class OutboxLeaseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ISlowRelayApp
{
    /// <summary>Ten messages due now, after the demo data's own emails have gone.</summary>
    private async Task<List<long>> QueueAsync(string tag)
    {
        app.CreateClient().Dispose(); // start the app (demo data queues emails)
        await DrainAsync(ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var now = DateTime.UtcNow;
        var messages = Enumerable.Range(0, 10).Select(i => new OutboxMessage { Recipient = $"{tag}{i}@example.vn", Subject = "Kiểm tra", Body = "Nội dung", CreatedAt = now, NextAttemptAt = now }).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return messages.Select(m => m.Id).Order().ToList();
    }

    private int TimesReceived(long id) => app.Relay.Received.Count(r => r.StartsWith($"outbox-{id}@", StringComparison.Ordinal));

    private static async Task<int> DrainAsync(OutboxDispatcher d)
    {
        var n = 0;
        for (int leased; (leased = await d.DispatchDueAsync(CancellationToken.None)) > 0;) n += leased;
        return n;
    }

    [Fact]
    public async Task On_a_relay_slower_than_the_lease_a_polling_second_dispatcher_sends_nothing_twice()
    {
        var ids = await QueueAsync("slow");
        var a = ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services);
        var b = ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services);
        var sending = new TaskCompletionSource();
        app.Relay.BeforeAccepting = _ =>
        {
            sending.TrySetResult();
            return Task.Delay(1500); // ten messages take longer than the 12-second lease
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var first = Task.Run(() => DrainAsync(a));
        await sending.Task; // A holds the batch
        while (!first.IsCompleted)
        {
            await b.DispatchDueAsync(CancellationToken.None); // the other instance polls all along
            await Task.Delay(200);
        }
        await first;
        app.Relay.BeforeAccepting = null;

        Assert.True(clock.Elapsed > TimeSpan.FromSeconds(13), $"the batch outlasted its lease: {clock.Elapsed}");
        Assert.All(ids, id => Assert.Equal(1, TimesReceived(id)));
        using var check = app.Services.CreateScope();
        Assert.Equal(10, await check.ServiceProvider.GetRequiredService<EnforcementDbContext>().OutboxMessages.CountAsync(m => ids.Contains(m.Id) && m.SentAt != null));
    }

    [Fact]
    public async Task A_dispatcher_whose_clock_runs_90_seconds_fast_does_not_take_a_batch_that_is_still_leased()
    {
        var ids = await QueueAsync("skew");
        var a = ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services);
        var fast = ActivatorUtilities.CreateInstance<OutboxDispatcher>(app.Services, (TimeProvider)new OffsetClock(TimeProvider.System, TimeSpan.FromSeconds(90)));
        var start = app.Relay.Received.Count;
        var taken = -1;
        app.Relay.BeforeAccepting = async n =>
        {
            if (n == start + 2) taken = await DrainAsync(fast); // by its own clock, A's 12-second lease ran out long ago
        };

        await DrainAsync(a);
        app.Relay.BeforeAccepting = null;

        Assert.Equal(0, taken);
        Assert.All(ids, id => Assert.Equal(1, TimesReceived(id)));
    }
}

public sealed class OutboxLeaseTests_Sqlite(SlowRelaySqliteApp app) : OutboxLeaseTests<SlowRelaySqliteApp>(app);

public sealed class OutboxLeaseTests_Postgres(SlowRelayPostgresApp app) : OutboxLeaseTests<SlowRelayPostgresApp>(app);
