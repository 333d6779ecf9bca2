using System.Diagnostics;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Enforcement.Benchmarks.Workflows;

/// <summary>
/// Task completions per second, and 10,000 due timers fired by two runtimes on PostgreSQL, each next to
/// a floor: the bare SQL that makes the same row changes.
/// </summary>
internal static class WorkflowBenchmark
{
    public static async Task RunAsync(string postgresAdmin, string repoRoot, int timers, int completions)
    {
        Console.WriteLine($"# Workflow benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, PostgreSQL");
        Console.WriteLine();
        Console.WriteLine("| Measure | Runtime | Floor (bare SQL, same rows) | Ratio |");
        Console.WriteLine("|---|---|---|---|");
        await using (var db = await ThrowawayAsync(postgresAdmin))
        {
            var (runtime, floor) = await CompletionsAsync(db.ConnectionString, repoRoot, completions);
            Console.WriteLine($"| Task completions/s ({completions}, 8 workers) | {runtime:F0} | {floor:F0} | {runtime / floor:F2} |");
        }
        await using (var db = await ThrowawayAsync(postgresAdmin))
        {
            var (runtime, floor) = await TimersAsync(db.ConnectionString, repoRoot, timers);
            Console.WriteLine($"| {timers:N0} due timers, two runtimes: seconds | {runtime:F2} | {floor:F2} | {floor / runtime:F2} |");
        }
    }

    private static async Task<(double Runtime, double Floor)> CompletionsAsync(string cs, string repoRoot, int n)
    {
        var clock = new BenchClock(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
        await using var sp = BenchServices.Build(cs, clock, repoRoot);
        await CreateSchemaAsync(sp);
        var actor = new WorkflowActor("inspector", "inspector", "QLTT");
        var ids = new List<long>();
        using (var scope = sp.CreateScope())
        {
            var rt = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
            for (var i = 0; i < n * 2; i++) await rt.StartAsync("two", $"B-{i}", [], WorkflowActor.System, default);
            ids = await scope.ServiceProvider.GetRequiredService<BenchDb>().Set<WorkflowTask>().OrderBy(t => t.Id).Select(t => t.Id).ToListAsync();
        }
        // Half the tasks through the runtime, the other half through the floor.
        var runtimeIds = new System.Collections.Concurrent.ConcurrentQueue<long>(ids.Take(n));
        var floorIds = new System.Collections.Concurrent.ConcurrentQueue<long>(ids.Skip(n));
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (runtimeIds.TryDequeue(out var id))
            {
                using var scope = sp.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().CompleteTaskAsync(id, "next", new Dictionary<string, string?>(), null, actor, null, default);
                if (result is not WorkflowResult.Ok) throw new InvalidOperationException($"task {id}: {result}");
            }
        })));
        var runtime = n / watch.Elapsed.TotalSeconds;
        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync();
            while (floorIds.TryDequeue(out var id)) await FloorCompleteAsync(conn, id);
        })));
        return (runtime, n / watch.Elapsed.TotalSeconds);
    }

    /// <summary>The same rows the runtime touches to complete a task and open the next one.</summary>
    private static async Task FloorCompleteAsync(NpgsqlConnection conn, long taskId)
    {
        await using var tx = await conn.BeginTransactionAsync();
        await using var cmd = new NpgsqlCommand("""
            WITH done AS (UPDATE "WorkflowTasks" SET "Status" = 'completed', "Outcome" = 'next', "CompletedAt" = now(), "CompletedBy" = 'inspector', "Revision" = "Revision" + 1
                          WHERE "Id" = @id AND "Status" = 'open' AND "Revision" = 0 RETURNING "InstanceId"),
                 inst AS (UPDATE "WorkflowInstances" SET "CurrentStepId" = 'second', "Revision" = "Revision" + 2 WHERE "Id" = (SELECT "InstanceId" FROM done) RETURNING "Id"),
                 task AS (INSERT INTO "WorkflowTasks" ("InstanceId", "StepId", "Status", "Agency", "Role", "CreatedAt", "Escalated", "Extensions", "Revision")
                          SELECT "Id", 'second', 'open', 'QLTT', 'inspector', now(), false, 0, 0 FROM inst RETURNING "InstanceId")
            INSERT INTO "WorkflowJournal" ("InstanceId", "At", "Kind", "StepId", "Actor", "Outcome")
            SELECT "InstanceId", now(), k, 'second', 'inspector', 'next' FROM task, unnest(ARRAY['task_completed','entered','task_created']) AS k
            """, conn, tx);
        cmd.Parameters.AddWithValue("id", taskId);
        await cmd.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }

    private static async Task<(double Runtime, double Floor)> TimersAsync(string cs, string repoRoot, int n)
    {
        var clock = new BenchClock(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
        await using var sp = BenchServices.Build(cs, clock, repoRoot);
        await CreateSchemaAsync(sp);
        // 2n instances waiting on a timer that falls due in a day, written in bulk; half for each side.
        await ExecAsync(cs, $$"""
            INSERT INTO "WorkflowInstances" ("DefinitionId", "DefinitionVersion", "CorrelationId", "Status", "CurrentStepId", "Variables", "StartedAt", "Revision")
            SELECT 'wait', 1, 'T-' || g, 'running', 'pause', '{}', now(), 0 FROM generate_series(1, {{2 * n}}) g;
            INSERT INTO "WorkflowTimers" ("InstanceId", "Kind", "StepId", "DueAt", "Cancelled", "Attempts")
            SELECT "Id", CASE WHEN "Id" <= {{n}} THEN 'timer' ELSE 'floor' END, 'pause', TIMESTAMPTZ '2026-11-21 02:00:00+00', false, 0 FROM "WorkflowInstances";
            """);
        clock.Advance(TimeSpan.FromDays(2));
        // The runtime side: the floor's timers are kind 'floor' and would fire as no-ops; park them until the floor runs.
        await ExecAsync(cs, """UPDATE "WorkflowTimers" SET "LeaseOwner" = 'parked', "LeaseExpiresAt" = 'infinity' WHERE "Kind" = 'floor'""");
        var options = Options.Create(new WorkflowOptions { BatchSize = 200, LeaseSeconds = 120 });
        var schedulers = Enumerable.Range(0, 2).Select(_ => new TimerScheduler(sp.GetRequiredService<IServiceScopeFactory>(), options, clock, NullLogger<TimerScheduler>.Instance)).ToList();
        var watch = Stopwatch.StartNew();
        var fired = await Task.WhenAll(schedulers.Select(s => Task.Run(async () => { var total = 0; for (int f; (f = await s.RunOnceAsync(default)) > 0;) total += f; return total; })));
        var runtime = watch.Elapsed.TotalSeconds;
        if (fired.Sum() != n) throw new InvalidOperationException($"fired {fired.Sum()} of {n}");

        await ExecAsync(cs, """UPDATE "WorkflowTimers" SET "LeaseOwner" = NULL, "LeaseExpiresAt" = NULL WHERE "Kind" = 'floor'""");
        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            await using var conn = new NpgsqlConnection(cs);
            await conn.OpenAsync();
            while (await FloorFireAsync(conn) > 0) { }
        })));
        return (runtime, watch.Elapsed.TotalSeconds);
    }

    /// <summary>One leased batch with the same changes the runtime makes: mark fired, end the instance, three journal lines.</summary>
    private static async Task<int> FloorFireAsync(NpgsqlConnection conn)
    {
        var ids = new List<long>();
        await using (var lease = new NpgsqlCommand("""
            UPDATE "WorkflowTimers" SET "LeaseOwner" = 'floor', "LeaseExpiresAt" = now() + interval '2 minutes'
            WHERE "Id" IN (SELECT "Id" FROM "WorkflowTimers" WHERE "Kind" = 'floor' AND "FiredAt" IS NULL AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < now())
                           ORDER BY "DueAt" LIMIT 200 FOR UPDATE SKIP LOCKED) RETURNING "Id"
            """, conn))
        await using (var reader = await lease.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        // The same chunking as the runtime (50 timers per transaction), set-based.
        foreach (var chunk in ids.Chunk(50))
        {
            await using var tx = await conn.BeginTransactionAsync();
            await using var cmd = new NpgsqlCommand("""
                WITH t AS (UPDATE "WorkflowTimers" SET "FiredAt" = now() WHERE "Id" = ANY(@ids) AND "FiredAt" IS NULL AND "LeaseOwner" = 'floor' RETURNING "InstanceId"),
                     i AS (UPDATE "WorkflowInstances" SET "Status" = 'completed', "CurrentStepId" = 'end', "CompletedAt" = now(), "Result" = 'end', "Revision" = "Revision" + 1
                           WHERE "Id" IN (SELECT "InstanceId" FROM t) RETURNING "Id")
                INSERT INTO "WorkflowJournal" ("InstanceId", "At", "Kind", "StepId", "Actor")
                SELECT "Id", now(), k, 'end', 'system' FROM i, unnest(ARRAY['timer_fired','entered','completed']) AS k
                """, conn, tx);
            cmd.Parameters.AddWithValue("ids", chunk);
            await cmd.ExecuteNonQueryAsync();
            await tx.CommitAsync();
        }
        return ids.Count;
    }

    private static async Task CreateSchemaAsync(ServiceProvider sp)
    {
        using var scope = sp.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BenchDb>().Database.EnsureCreatedAsync();
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<Throwaway> ThrowawayAsync(string admin)
    {
        var name = $"enf_wfbench_{Guid.NewGuid():N}";
        await ExecAsync(admin, $"CREATE DATABASE \"{name}\"");
        return new Throwaway(admin, name);
    }

    private sealed class Throwaway(string admin, string name) : IAsyncDisposable
    {
        public string ConnectionString => new NpgsqlConnectionStringBuilder(admin) { Database = name, MaxPoolSize = 40 }.ToString();
        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await ExecAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }
}
