using System.Text.Json.Nodes;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Tests;

public sealed class VersionTests
{
    private const string V1 = """
        {"id":"inspect","version":1,"start":"check","steps":[
          {"id":"check","type":"task","assignee":{"agency":"QLTT","role":"inspector"},"outcomes":[{"name":"done","to":"end"}]},
          {"id":"end","type":"end"}]}
        """;
    private const string V2 = """
        {"id":"inspect","version":2,"start":"verify","steps":[
          {"id":"verify","type":"task","assignee":{"agency":"QLTT","role":"inspector"},"outcomes":[{"name":"done","to":"report"}]},
          {"id":"report","type":"notify","template":"case_closed","to":"end"},
          {"id":"end","type":"end"}]}
        """;

    [Fact]
    public async Task A_running_case_stays_on_its_version_until_an_explicit_journaled_migration()
    {
        var folder = Directory.CreateTempSubdirectory("wf-versions-").FullName;
        File.WriteAllText(Path.Combine(folder, "inspect-v1.json"), V1);
        await using var h1 = Harness.Create(catalog: DefinitionCatalog.Load(folder));
        var running = await h1.StartAsync("inspect");
        Assert.Equal(1, running.DefinitionVersion);

        // Version 2 is deployed next to version 1.
        File.WriteAllText(Path.Combine(folder, "inspect-v2.json"), V2);
        var both = DefinitionCatalog.Load(folder);
        await using var scope = new Scope(h1, both);
        var fresh = await scope.Runtime.StartAsync("inspect", "PA-2026-000777", [], WorkflowActor.System, default);
        Assert.Equal(2, fresh.DefinitionVersion);
        Assert.Equal(1, (await h1.InstanceAsync(running.Id)).DefinitionVersion);

        var refused = Assert.IsType<WorkflowResult.Conflict>(await scope.Runtime.MigrateAsync(running.Id, 2, new Dictionary<string, string>(), Actors.Supervisor, default));
        Assert.Contains("check", refused.Allowed);
        Assert.IsType<WorkflowResult.Ok>(await scope.Runtime.MigrateAsync(running.Id, 2, new Dictionary<string, string> { ["check"] = "verify" }, Actors.Supervisor, default));

        var task = await h1.OpenTaskAsync(running.Id);
        Assert.Equal("verify", task.StepId);
        Assert.IsType<WorkflowResult.Ok>(await scope.Runtime.CompleteTaskAsync(task.Id, "done", new Dictionary<string, string?>(), null, Actors.Inspector, null, default));
        var journal = await h1.JournalAsync(running.Id);
        Assert.Contains(journal, j => j.Kind == JournalKinds.Migrated && j.Outcome == "v1→v2" && j.Actor == "supervisor");
        Assert.Contains(journal, j => j.Kind == JournalKinds.Notified); // the case now follows version 2
    }

    /// <summary>A runtime over the harness's database with another catalog.</summary>
    private sealed class Scope(Harness h, DefinitionCatalog catalog) : IAsyncDisposable
    {
        private readonly Microsoft.Extensions.DependencyInjection.AsyncServiceScope _scope = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.CreateAsyncScope(h.Services);
        public WorkflowRuntime Runtime => new(
            Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DbContext>(_scope.ServiceProvider),
            catalog, Harness.LoadCalendar(), new NoHooks(), h.Clock);
        public ValueTask DisposeAsync() => _scope.DisposeAsync();
    }
}

public sealed class TwoInstanceTimerTests
{
    private const string Wait = """
        {"id":"wait","version":1,"start":"pause","steps":[
          {"id":"pause","type":"timer","duration":{"days":1},"to":"end"},
          {"id":"end","type":"end"}]}
        """;

    [Fact]
    public async Task With_two_runtimes_on_one_PostgreSQL_every_due_timer_fires_exactly_once()
    {
        var folder = Directory.CreateTempSubdirectory("wf-wait-").FullName;
        File.WriteAllText(Path.Combine(folder, "wait.json"), Wait);
        await using var h = Harness.Create(postgres: true, catalog: DefinitionCatalog.Load(folder));
        const int count = 400;
        await h.WithRuntimeAsync(async (rt, db) =>
        {
            for (var i = 0; i < count; i++) await rt.StartAsync("wait", $"T-{i}", [], WorkflowActor.System, default);
            return 0;
        });
        h.Clock.Advance(TimeSpan.FromDays(2)); // the app was down while they fell due

        // Two schedulers with their own lease owners, as two app instances would be.
        var a = new TimerScheduler(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>(h.Services),
            Microsoft.Extensions.Options.Options.Create(new WorkflowOptions { BatchSize = 25 }), h.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<TimerScheduler>.Instance);
        var b = new TimerScheduler(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>(h.Services),
            Microsoft.Extensions.Options.Options.Create(new WorkflowOptions { BatchSize = 25 }), h.Clock, Microsoft.Extensions.Logging.Abstractions.NullLogger<TimerScheduler>.Instance);
        static async Task<int> Drain(TimerScheduler s) { var n = 0; for (int f; (f = await s.RunOnceAsync(default)) > 0;) n += f; return n; }
        var fired = await Task.WhenAll(Task.Run(() => Drain(a)), Task.Run(() => Drain(b)));

        Assert.Equal(count, fired.Sum());
        Assert.True(fired.All(f => f > 0), $"both instances should share the work: {fired[0]} / {fired[1]}");
        var (firedJournal, completed) = await h.WithRuntimeAsync(async (_, db) =>
            (await db.Set<WorkflowJournalEntry>().CountAsync(j => j.Kind == JournalKinds.TimerFired),
             await db.Set<WorkflowInstance>().CountAsync(i => i.Status == InstanceStatuses.Completed)));
        Assert.Equal(count, firedJournal);
        Assert.Equal(count, completed);
    }
}
