using Enforcement.Api.Data;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Notifications;

/// <summary>
/// Sends due outbox messages. A batch is leased in the database by one conditional UPDATE that returns
/// the rows it took; lease expiry is the database's clock's call, so servers whose clocks disagree
/// never take each other's messages. Once half the lease has passed, the batch's sent messages are
/// marked and the rest renewed, and a message whose lease passed to another dispatcher meanwhile is left
/// to it: a slow server does not make the tail go twice. Delivery is at least once (a crash between
/// send and mark); after Email:MaxAttempts a message is dead-lettered.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 50;
    private const int BurstMilliseconds = 100;
    private readonly string _owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunDispatcher) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await DispatchDueAsync(stoppingToken) > 0) continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox dispatch failed; will retry");
            }
            try
            {
                // Woken by a commit, wait a moment so that a burst of submissions goes out as one batch (one lease).
                if (await signal.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), stoppingToken))
                    await Task.Delay(BurstMilliseconds, stoppingToken);
            }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Leases one batch of due messages and sends them one by one; returns how many were leased.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IEmailTransport>();
        var lease = $"{_owner}:{Guid.NewGuid():N}";
        // Started before the lease is granted, so it never under-counts the lease's age, whatever the clocks say.
        var age = System.Diagnostics.Stopwatch.StartNew();
        var ids = await LeaseAsync(db, lease, ct);
        if (ids.Count == 0) return 0;
        var ours = ids.ToHashSet();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
        var sent = new List<long>();
        try
        {
            foreach (var message in messages)
            {
                // A young lease is certainly still ours. Once half of it has passed, what was sent is marked
                // and the rest is renewed; what another dispatcher took over meanwhile is left to it.
                if (age.Elapsed.TotalSeconds > options.Value.LeaseSeconds / 2.0)
                {
                    await MarkSentAsync(db, sent, lease);
                    age.Restart();
                    ours = await RenewAsync(db, lease, ct);
                }
                if (!ours.Contains(message.Id)) continue;
                try
                {
                    await transport.SendAsync(message, ct);
                    sent.Add(message.Id);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await RecordFailureAsync(db, message, lease, ex);
                }
            }
        }
        finally
        {
            // One statement for the batch; until then a sent message is younger than its lease, so nobody else takes it.
            await MarkSentAsync(db, sent, lease);
        }
        return ids.Count;
    }

    private async Task MarkSentAsync(EnforcementDbContext db, List<long> sent, string lease)
    {
        if (sent.Count == 0) return;
        await db.OutboxMessages.Where(m => sent.Contains(m.Id) && m.LeaseOwner == lease).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, clock.GetUtcNow().UtcDateTime)
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);
        sent.Clear();
    }

    private async Task<List<long>> LeaseAsync(EnforcementDbContext db, string lease, CancellationToken ct)
    {
        var skipLocked = db.Database.IsNpgsql() ? "FOR UPDATE SKIP LOCKED" : "";
#pragma warning disable EF1002 // only fixed SQL fragments are spliced in; values are parameters
        return await db.Database.SqlQueryRaw<long>($$"""
            UPDATE "OutboxMessages" SET "LeaseOwner" = {0}, "LeaseExpiresAt" = {{DatabaseClock.NowPlusSecondsSql(db.Database, "{1}")}}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "SentAt" IS NULL AND "DeadAt" IS NULL AND "CancelledAt" IS NULL AND "NextAttemptAt" <= {2}
                  AND ("LeaseExpiresAt" IS NULL OR "LeaseExpiresAt" < {{DatabaseClock.NowSql(db.Database)}})
                ORDER BY "Id" LIMIT {3} {{skipLocked}})
            RETURNING "Id" AS "Value"
            """, lease, options.Value.LeaseSeconds, clock.GetUtcNow().UtcDateTime, BatchSize).ToListAsync(ct);
#pragma warning restore EF1002
    }

    /// <summary>Extends this dispatcher's lease on what is left of its batch; returns the messages still its own.</summary>
#pragma warning disable EF1002 // only fixed SQL fragments are spliced in; values are parameters
    private async Task<HashSet<long>> RenewAsync(EnforcementDbContext db, string lease, CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<long>($$"""
            UPDATE "OutboxMessages" SET "LeaseExpiresAt" = {{DatabaseClock.NowPlusSecondsSql(db.Database, "{1}")}}
            WHERE "LeaseOwner" = {0} AND "SentAt" IS NULL AND "CancelledAt" IS NULL
            RETURNING "Id" AS "Value"
            """, lease, options.Value.LeaseSeconds).ToListAsync(ct)).ToHashSet();
#pragma warning restore EF1002

    private async Task RecordFailureAsync(EnforcementDbContext db, OutboxMessage message, string lease, Exception ex)
    {
        var attempts = message.Attempts + 1;
        var now = clock.GetUtcNow().UtcDateTime;
        var dead = attempts >= options.Value.MaxAttempts ? now : (DateTime?)null;
        var retryAt = now.AddSeconds(Math.Min(3600, 5 * Math.Pow(2, attempts)));
        logger.LogWarning(ex, "Sending outbox message {Id} failed (attempt {Attempts}{Dead})", message.Id, attempts, dead is null ? "" : ", dead-lettered");
        var error = ex.GetBaseException().Message is var m && m.Length > 2000 ? m[..2000] : ex.GetBaseException().Message;
        await db.OutboxMessages.Where(x => x.Id == message.Id && x.LeaseOwner == lease).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Attempts, attempts)
            .SetProperty(x => x.NextAttemptAt, retryAt)
            .SetProperty(x => x.LastError, error)
            .SetProperty(x => x.DeadAt, dead)
            .SetProperty(x => x.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);
    }
}
