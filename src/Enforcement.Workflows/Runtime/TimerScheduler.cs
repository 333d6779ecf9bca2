using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Workflows.Runtime;

public sealed class WorkflowOptions
{
    public const string Section = "Workflows";
    [System.ComponentModel.DataAnnotations.Required] public string DefinitionsFolder { get; set; } = "workflows";
    [System.ComponentModel.DataAnnotations.Range(100, 600_000)] public int PollMilliseconds { get; set; } = 5000;
    [System.ComponentModel.DataAnnotations.Range(5, 3600)] public int LeaseSeconds { get; set; } = 60;
    [System.ComponentModel.DataAnnotations.Range(1, 1000)] public int BatchSize { get; set; } = 100;
    [System.ComponentModel.DataAnnotations.Range(1, 36500)] public int JournalRetentionDays { get; set; } = 3650;

    /// <summary>Failed firings of one timer before it becomes an incident that staff must retry or cancel.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100)] public int MaxAttempts { get; set; } = 5;
    public bool RunScheduler { get; set; } = true;
    [System.ComponentModel.DataAnnotations.Required] public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";
}

/// <summary>
/// Fires due timers. Timers are leased in the database (FOR UPDATE SKIP LOCKED on PostgreSQL), so any
/// number of instances share the work, a crashed instance's lease expires, and a timer that fell due
/// while the app was down fires on the next poll after start.
/// </summary>
public sealed class TimerScheduler(IServiceScopeFactory scopes, IOptions<WorkflowOptions> options, TimeProvider clock, ILogger<TimerScheduler> logger) : BackgroundService
{
    public string Owner { get; } = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private DateTime _lastArchive = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunScheduler) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) > 0) continue;
                if (clock.GetUtcNow().UtcDateTime - _lastArchive > TimeSpan.FromHours(1))
                {
                    using var scope = scopes.CreateScope();
                    await scope.ServiceProvider.GetRequiredService<JournalArchiver>().ArchiveAsync(100, stoppingToken);
                    _lastArchive = clock.GetUtcNow().UtcDateTime;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Firing workflow timers failed; will retry");
            }
            try { await Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Leases a batch of due timers and fires them; returns how many fired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
        var ids = await LeaseAsync(db, ct);
        var fired = 0;
        foreach (var chunk in ids.Chunk(50))
        {
            try
            {
                fired += await runtime.FireTimersAsync(chunk, Owner, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad timer must not hold back the others: retry the chunk one by one and park the failure.
                logger.LogWarning(ex, "A batch of workflow timers failed; firing them one by one");
                foreach (var id in chunk) fired += await FireOneAsync(runtime, id, ct);
            }
        }
        return fired;
    }

    private async Task<int> FireOneAsync(WorkflowRuntime runtime, long id, CancellationToken ct)
    {
        try
        {
            return await runtime.FireTimersAsync([id], Owner, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Workflow timer {Id} failed", id);
            await runtime.RecordFailureAsync(id, ex, options.Value.MaxAttempts, CancellationToken.None);
            return 0;
        }
    }

    /// <summary>
    /// Takes up to a batch of due timers in one statement and returns exactly the rows it took. Whether a
    /// lease has expired is the database's clock's call; whether a timer is due is the injected clock's.
    /// </summary>
    internal async Task<List<long>> LeaseAsync(DbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var skipLocked = db.Database.IsPostgres() ? "FOR UPDATE SKIP LOCKED" : "";
#pragma warning disable EF1002 // only fixed SQL fragments are spliced in; values are parameters
        return await db.Database.SqlQueryRaw<long>($$"""
            UPDATE "WorkflowTimers" SET "LeaseOwner" = {0}, "LeaseExpiresAt" = {{DatabaseClock.NowPlusSecondsSql(db.Database, "{1}")}}
            WHERE "Id" IN (
                SELECT "Id" FROM "WorkflowTimers"
                WHERE "FiredAt" IS NULL AND NOT "Cancelled" AND "IncidentAt" IS NULL AND "DueAt" <= {2}
                  AND ("RetryAt" IS NULL OR "RetryAt" <= {2})
                  AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {{DatabaseClock.NowSql(db.Database)}})
                ORDER BY "DueAt" LIMIT {3} {{skipLocked}})
            RETURNING "Id" AS "Value"
            """, Owner, options.Value.LeaseSeconds, now, options.Value.BatchSize).ToListAsync(ct);
#pragma warning restore EF1002
    }
}
