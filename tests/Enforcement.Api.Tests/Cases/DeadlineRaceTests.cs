using System.Net;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Cases;

/// <summary>A person completes a task in the very moment its deadline fires.</summary>
public abstract class DeadlineRaceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    protected TApp App => app;

    [Fact]
    public async Task A_completion_racing_its_firing_deadline_has_one_winner_and_no_5xx()
    {
        const int cases = 16;
        var supervisor = await app.StaffClientAsync("supervisor");
        var inspector = await app.StaffClientAsync("inspector");
        var codes = new List<string>();
        for (var i = 0; i < cases; i++)
        {
            var code = await app.FileAsync("consumer_dispute");
            await supervisor.DoAsync(code, "classify", "dispute");
            await inspector.DoAsync(code, "notify-business", "notified");
            codes.Add(code);
        }
        var tasks = new List<System.Text.Json.JsonElement>();
        foreach (var code in codes) tasks.Add(await inspector.TaskAtAsync(code, "await-response"));
        // The business's 7 working days are over: the deadline (→ mediation) and the inspector's "resolved" race.
        app.Clock.Advance(TimeSpan.FromDays(12));
        inspector = await app.StaffClientAsync("inspector"); // a fresh sign-in: tokens last an hour

        var deadlocksBefore = await DeadlocksAsync();
        var firing = Task.Run(app.FireTimersAsync);
        var answers = await Task.WhenAll(tasks.Select(t => Task.Run(() => inspector.CompleteAsync(t, "resolved", new { settlement = "Cửa hàng hoàn tiền" }))));
        await firing;

        var statuses = answers.Select(a => a.StatusCode).ToList();
        Assert.Equal(deadlocksBefore, await DeadlocksAsync()); // locks are taken in one order: instance, then task and timers
        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.OK or HttpStatusCode.Conflict, $"got {(int)s}"));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        for (var i = 0; i < cases; i++)
        {
            var instanceIds = await db.Set<WorkflowInstance>().Where(x => x.CorrelationId == codes[i]).Select(x => x.Id).ToListAsync();
            var expired = await db.Set<WorkflowJournalEntry>().CountAsync(j => instanceIds.Contains(j.InstanceId) && j.Kind == JournalKinds.DeadlineExpired && j.StepId == "await-response");
            var mediation = await db.Set<WorkflowTask>().CountAsync(t => instanceIds.Contains(t.InstanceId) && t.StepId == "mediation");
            var completed = await db.Set<WorkflowTask>().CountAsync(t => instanceIds.Contains(t.InstanceId) && t.StepId == "await-response" && t.Status == TaskStatuses.Completed);
            if (statuses[i] == HttpStatusCode.OK)
            {
                Assert.Equal((0, 0, 1), (expired, mediation, completed)); // the inspector won: no expiry, no mediation
                Assert.Equal("resolved", await app.PublicStatusAsync(codes[i]));
            }
            else Assert.Equal((1, 1, 0), (expired, mediation, completed)); // the deadline won: mediation, and the late completion was refused
        }
        Assert.Equal(0, await app.FireTimersAsync()); // nothing left half-fired
    }

    /// <summary>Deadlocks the database detected (PostgreSQL; SQLite has one writer and none).</summary>
    protected virtual Task<long> DeadlocksAsync() => Task.FromResult(0L);
}

public sealed class DeadlineRaceTests_Sqlite(CaseSqliteApp app) : DeadlineRaceTests<CaseSqliteApp>(app);

public sealed class DeadlineRaceTests_Postgres(CasePostgresApp app) : DeadlineRaceTests<CasePostgresApp>(app)
{
    protected override async Task<long> DeadlocksAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools(); // closed sessions flush their statistics
        await Task.Delay(500);
        await using var conn = new Npgsql.NpgsqlConnection(App.Database);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("SELECT pg_stat_clear_snapshot(); SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return reader.GetInt64(0);
    }
}
