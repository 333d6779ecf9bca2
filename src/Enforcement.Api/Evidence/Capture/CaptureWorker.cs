using Enforcement.Api.Data;
using Enforcement.Evidence;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Evidence.Capture;

/// <summary>
/// Works the capture queue with PoolSize loops. Each leases one due request in the database by a conditional
/// UPDATE that returns the row it took (expiry by the database's clock), so a restart loses none, two
/// instances never take the same one, and a crashed worker's request is taken again once its lease expires.
/// </summary>
internal sealed class CaptureWorker(
    IServiceScopeFactory scopes, CaptureSignal signal, IOptions<EvidenceOptions> evidence, IOptions<CaptureQueueOptions> queue,
    TimeProvider clock, ILogger<CaptureWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        queue.Value.RunWorker ? Task.WhenAll(Enumerable.Range(0, evidence.Value.PoolSize).Select(_ => LoopAsync(stoppingToken))) : Task.CompletedTask;

    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                if (await RunOneAsync(ct)) continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Capture queue failed; will retry");
            }
            try { await signal.WaitAsync(TimeSpan.FromMilliseconds(queue.Value.PollMilliseconds), ct); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Leases and works one due request; false when none is due.</summary>
    public async Task<bool> RunOneAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var lease = $"{_owner}:{Guid.NewGuid():N}";
        var ids = await LeaseAsync(db, lease, ct);
        if (ids.Count == 0) return false;
        await scope.ServiceProvider.GetRequiredService<CaptureProcessor>().RunAsync(ids[0], lease, ct);
        return true;
    }

    private async Task<List<long>> LeaseAsync(EnforcementDbContext db, string lease, CancellationToken ct)
    {
        var skipLocked = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";
#pragma warning disable EF1002 // only fixed SQL fragments are spliced in; values are parameters
        return await db.Database.SqlQueryRaw<long>($$"""
            UPDATE "EvidenceCaptures" SET "LeaseOwner" = {0}, "LeaseExpiresAt" = {{DatabaseClock.NowPlusSecondsSql(db.Database, "{1}")}},
                "Status" = 'running', "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM "EvidenceCaptures"
                WHERE "Status" IN ('queued', 'running') AND "NextAttemptAt" <= {2}
                  AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {{DatabaseClock.NowSql(db.Database)}})
                ORDER BY "NextAttemptAt", "Id" LIMIT 1 {{skipLocked}})
            RETURNING "Id" AS "Value"
            """, lease, evidence.Value.LeaseSeconds, clock.GetUtcNow().UtcDateTime).ToListAsync(ct);
#pragma warning restore EF1002
    }
}
