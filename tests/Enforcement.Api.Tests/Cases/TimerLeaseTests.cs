using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests.Cases;

/// <summary>Two schedulers (two app instances) on the database the shipped SQL scripts built, with leases that expire or clocks that disagree.</summary>
public abstract class TimerLeaseTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private TimerScheduler Scheduler(TimeProvider clock, int batch = 100) =>
        new(app.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new WorkflowOptions { BatchSize = batch, LeaseSeconds = 60 }), clock, NullLogger<TimerScheduler>.Instance);

    /// <summary>New cases whose triage deadline (3 working days) is due once the clock moves 10 days.</summary>
    private async Task<List<long>> DueDeadlinesAsync(int cases)
    {
        for (var i = 0; i < cases; i++) await app.FileAsync();
        app.Clock.Advance(TimeSpan.FromDays(10));
        using var scope = app.Services.CreateScope();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Set<WorkflowTimer>()
            .Where(t => t.FiredAt == null && !t.Cancelled && t.DueAt <= now).Select(t => t.Id).ToListAsync();
    }

    private async Task<Dictionary<long, int>> ExpiriesPerTaskAsync(IEnumerable<long> timerIds)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var ids = timerIds.ToList();
        var timers = await db.Set<WorkflowTimer>().AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync();
        var instances = timers.Select(t => t.InstanceId).Distinct().ToList();
        var journal = await db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => instances.Contains(j.InstanceId) && j.Kind == JournalKinds.DeadlineExpired).ToListAsync();
        Assert.All(timers, t => Assert.NotNull(t.FiredAt));
        return timers.ToDictionary(t => t.Id, t => journal.Count(j => j.InstanceId == t.InstanceId && j.StepId == t.StepId));
    }

    [Fact]
    public async Task Two_schedulers_fire_every_due_deadline_exactly_once()
    {
        var due = await DueDeadlinesAsync(12);
        var a = Scheduler(app.Clock, batch: 3);
        var b = Scheduler(app.Clock, batch: 3);
        static async Task<int> Drain(TimerScheduler s) { var n = 0; for (int f; (f = await s.RunOnceAsync(default)) > 0;) n += f; return n; }

        var fired = await Task.WhenAll(Task.Run(() => Drain(a)), Task.Run(() => Drain(b)));

        Assert.Equal(due.Count, fired.Sum());
        Assert.All(await ExpiriesPerTaskAsync(due), kv => Assert.Equal(1, kv.Value));
    }

    [Fact]
    public async Task When_the_first_schedulers_lease_expires_mid_batch_the_second_takes_over_and_each_fires_once()
    {
        var due = await DueDeadlinesAsync(6);
        var a = Scheduler(app.Clock);
        var b = Scheduler(app.Clock);
        List<long> leased;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            leased = await a.LeaseAsync(db, default);
            Assert.Equal(due.Order(), leased.Order());
            // A stalls past its lease (a long GC pause, a slow hook): the lease runs out.
            await db.Set<WorkflowTimer>().Where(t => leased.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.LeaseExpiresAt, new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        }

        Assert.Equal(due.Count, await b.RunOnceAsync(default));
        using (var scope = app.Services.CreateScope())
        {
            // A wakes up and fires what it leased: the conditional mark finds none still its own.
            var late = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().FireTimersAsync(leased, a.Owner, default);
            Assert.Equal(0, late);
        }
        Assert.All(await ExpiriesPerTaskAsync(due), kv => Assert.Equal(1, kv.Value));
    }

    [Fact]
    public async Task A_scheduler_whose_clock_runs_90_seconds_fast_does_not_take_leases_that_are_still_held()
    {
        var due = await DueDeadlinesAsync(4);
        var a = Scheduler(app.Clock);
        var fast = Scheduler(new OffsetClock(app.Clock, TimeSpan.FromSeconds(90)));
        List<long> leased;
        using (var scope = app.Services.CreateScope()) leased = await a.LeaseAsync(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>(), default);
        Assert.Equal(due.Count, leased.Count);

        // By its own clock A's 60-second lease has long run out; by the database's it has not.
        Assert.Equal(0, await fast.RunOnceAsync(default));

        using (var scope = app.Services.CreateScope())
            Assert.Equal(due.Count, await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().FireTimersAsync(leased, a.Owner, default));
        Assert.All(await ExpiriesPerTaskAsync(due), kv => Assert.Equal(1, kv.Value));
    }
}

public sealed class TimerLeaseTests_Sqlite(CaseSqliteApp app) : TimerLeaseTests<CaseSqliteApp>(app);

public sealed class TimerLeaseTests_Postgres(CasePostgresApp app) : TimerLeaseTests<CasePostgresApp>(app);
