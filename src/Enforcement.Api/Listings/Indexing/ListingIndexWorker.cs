using Enforcement.Api.Data;
using Enforcement.Search;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>
/// Drains the listing index queue, written in the same transaction as every listing change (an outbox), into
/// the search index. A batch is leased in the database by a conditional UPDATE, so instances never take the same
/// one; a queue row is removed only if no newer change came in meanwhile, so an index that was down catches up.
/// </summary>
internal sealed class ListingIndexWorker(
    IServiceScopeFactory scopes, ListingIndexSignal signal, IOptions<ListingIndexOptions> options, ILogger<ListingIndexWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private bool _ready;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) > 0) continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Listing indexing failed; will retry");
            }
            try { await signal.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Leases and indexes one batch; the number of listings it took (0 when the queue is empty).</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        if (!_ready)
        {
            // An index that was down at start (Elasticsearch) is created before anything is written to it.
            await scope.ServiceProvider.GetRequiredService<IListingIndex>().EnsureReadyAsync(ct);
            _ready = true;
        }
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var lease = $"{_owner}:{Guid.NewGuid():N}";
        var leased = await LeaseAsync(db, lease, ct);
        if (leased.Count == 0) return 0;
        try
        {
            await scope.ServiceProvider.GetRequiredService<ListingIndexBatch>().IndexAsync(leased, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _ready = false;   // the index may have been dropped or recreated: ensure it again before the retry
            await ReleaseForRetryAsync(db, lease, ex.Message, ct);
            throw;
        }
        return leased.Count;
    }

    private async Task<List<QueuedListing>> LeaseAsync(EnforcementDbContext db, string lease, CancellationToken ct)
    {
        var skipLocked = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";
#pragma warning disable EF1002 // only fixed SQL fragments are spliced in; values are parameters
        return await db.Database.SqlQueryRaw<QueuedListing>($$"""
            UPDATE "ListingIndexQueue" SET "LeaseOwner" = {0}, "LeaseExpiresAt" = {{DatabaseClock.NowPlusSecondsSql(db.Database, "{1}")}}, "Attempts" = "Attempts" + 1
            WHERE "ListingId" IN (
                SELECT "ListingId" FROM "ListingIndexQueue"
                WHERE "LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {{DatabaseClock.NowSql(db.Database)}}
                ORDER BY "EnqueuedAt", "ListingId" LIMIT {2} {{skipLocked}})
            RETURNING "ListingId", "Revision"
            """, lease, options.Value.LeaseSeconds, options.Value.BatchSize).ToListAsync(ct);
#pragma warning restore EF1002
    }

    /// <summary>Keeps the batch out of reach for RetrySeconds, then lets any instance take it again.</summary>
    private async Task ReleaseForRetryAsync(EnforcementDbContext db, string lease, string error, CancellationToken ct)
    {
        try
        {
#pragma warning disable EF1002 // only fixed SQL fragments are spliced in; values are parameters
            await db.Database.ExecuteSqlRawAsync($$"""
                UPDATE "ListingIndexQueue" SET "LeaseExpiresAt" = {{DatabaseClock.NowPlusSecondsSql(db.Database, "{1}")}}, "LastError" = {2}
                WHERE "LeaseOwner" = {0}
                """, [lease, options.Value.RetrySeconds, error.Length > 500 ? error[..500] : error], ct);
#pragma warning restore EF1002
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not record the indexing failure; the lease will expire on its own");
        }
    }
}

internal sealed record QueuedListing(long ListingId, long Revision);
