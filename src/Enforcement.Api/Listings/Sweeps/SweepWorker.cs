using Enforcement.Api.Data;
using Enforcement.Api.Listings.Indexing;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Listings.Sweeps;

/// <summary>
/// Runs due sweeps. Each is leased by a conditional UPDATE in the database, like the workflow timers, so with
/// several instances a sweep runs once per interval; a crashed instance's sweep is taken again when its lease expires.
/// </summary>
internal sealed class SweepWorker(
    IServiceScopeFactory scopes, IOptions<ListingIndexOptions> options, TimeProvider clock, ILogger<SweepWorker> logger) : BackgroundService
{
    public const int LeaseSeconds = 300;
    private readonly string _owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunDueAsync(stoppingToken)) continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Sweep failed; will retry");
            }
            try { await Task.Delay(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds * 5), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Leases and runs one due sweep; false when none is due.</summary>
    public async Task<bool> RunDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var lease = $"{_owner}:{Guid.NewGuid():N}";
        var skipLocked = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";
#pragma warning disable EF1002 // only fixed SQL fragments are spliced in; values are parameters
        var ids = await db.Database.SqlQueryRaw<long>($$"""
            UPDATE "Sweeps" SET "LeaseOwner" = {0}, "LeaseExpiresAt" = {{DatabaseClock.NowPlusSecondsSql(db.Database, "{1}")}}
            WHERE "Id" IN (
                SELECT "Id" FROM "Sweeps"
                WHERE "Active" AND "NextRunAt" <= {2} AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {{DatabaseClock.NowSql(db.Database)}})
                ORDER BY "NextRunAt", "Id" LIMIT 1 {{skipLocked}})
            RETURNING "Id" AS "Value"
            """, lease, LeaseSeconds, clock.GetUtcNow().UtcDateTime).ToListAsync(ct);
#pragma warning restore EF1002
        if (ids.Count == 0) return false;
        await scope.ServiceProvider.GetRequiredService<SweepRunner>().RunAsync(ids[0], lease, ct);
        return true;
    }
}
