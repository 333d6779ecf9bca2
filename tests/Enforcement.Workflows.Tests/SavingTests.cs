using System.Text.Json.Nodes;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Enforcement.Workflows.Tests;

/// <summary>How the runtime saves: once per action, only its own work, and contention reported as such.</summary>
public sealed class SavingTests
{
    [Fact]
    public async Task Each_action_saves_once_even_when_it_chains_into_another_process()
    {
        await using var h = Harness.Create();
        var saves = h.Services.GetRequiredService<SaveCounter>();

        var triage = await h.StartAsync("triage");
        Assert.Equal(1, saves.Count);

        saves.Reset();
        Assert.IsType<WorkflowResult.Ok>(await h.CompleteAsync((await h.OpenTaskAsync(triage.Id)).Id, "enforcement", Actors.Supervisor));
        Assert.Equal(1, saves.Count); // triage ends and the enforcement case starts, with its task and deadline timer

        var enforcement = await h.WithRuntimeAsync((_, db) => db.Set<WorkflowInstance>().SingleAsync(i => i.DefinitionId == "qltt-enforcement"));
        var task = await h.OpenTaskAsync(enforcement.Id);
        Assert.NotNull(await h.WithRuntimeAsync((_, db) => db.Set<WorkflowTimer>().SingleOrDefaultAsync(t => t.TaskId == task.Id)));

        h.Clock.Advance(TimeSpan.FromDays(40));
        saves.Reset();
        Assert.Equal(1, await h.RunTimersAsync()); // the verification deadline: leased, marked, escalated
        Assert.Equal(1, saves.Count);
    }

    [Fact]
    public async Task The_runtime_refuses_to_save_work_the_caller_left_pending()
    {
        await using var h = Harness.Create();
        var error = await h.WithRuntimeAsync(async (rt, db) =>
        {
            db.Add(new WorkflowInstance { DefinitionId = "callers-own", CorrelationId = "X", Variables = "{}" });
            return await Assert.ThrowsAsync<InvalidOperationException>(() => rt.StartAsync("triage", "PA-2026-000001", new JsonObject(), WorkflowActor.System, default));
        });

        Assert.Contains("save the application's pending changes", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await h.WithRuntimeAsync((_, db) => db.Set<WorkflowInstance>().CountAsync()));
    }

    [Fact]
    public async Task A_real_postgresql_deadlock_counts_as_contention_not_as_a_failure()
    {
        await using var h = Harness.Create(postgres: true);
        var connection = await h.WithRuntimeAsync((_, db) => Task.FromResult(db.Database.GetConnectionString()!));
        await using (var setup = new NpgsqlConnection(connection))
        {
            await setup.OpenAsync();
            await new NpgsqlCommand("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);", setup).ExecuteNonQueryAsync();
        }
        // Each takes its first row, then waits until the other holds its own: the second locks then cross, every time.
        using var bothHoldOne = new Barrier(2);
        async Task<Exception?> LockInOrderAsync(int first, int second)
        {
            await using var conn = new NpgsqlConnection(connection);
            await conn.OpenAsync();
            await using var tx = await conn.BeginTransactionAsync();
            try
            {
                await new NpgsqlCommand($"UPDATE t SET id = id WHERE id = {first}", conn, tx).ExecuteNonQueryAsync();
                await Task.Run(() => bothHoldOne.SignalAndWait(TimeSpan.FromSeconds(30)));
                await new NpgsqlCommand($"UPDATE t SET id = id WHERE id = {second}", conn, tx).ExecuteNonQueryAsync();
                await tx.CommitAsync();
                return null;
            }
            catch (PostgresException ex) { return ex; }
        }

        var errors = await Task.WhenAll(LockInOrderAsync(1, 2), LockInOrderAsync(2, 1));

        var deadlock = Assert.Single(errors.OfType<Exception>());
        Assert.Equal("40P01", ((PostgresException)deadlock).SqlState);
        Assert.True(WorkflowRuntime.IsContention(new DbUpdateException("save failed", deadlock)));
        Assert.False(WorkflowRuntime.IsContention(new InvalidOperationException("a bug")));
    }
}
