using Enforcement.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Notifications;

/// <summary>
/// Sends due outbox messages. A message is leased in the database by a conditional UPDATE before it is
/// sent, so several app instances never send the same message at once, and a crashed instance's lease
/// simply expires. Delivery is at least once; failures back off exponentially.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, OutboxSignal signal, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var sent = await DispatchDueAsync(stoppingToken);
                if (sent > 0) continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Outbox dispatch failed; will retry");
            }
            try { await signal.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Leases one batch of due messages in a single UPDATE, sends them, and records them; returns how many were handled.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IEmailTransport>();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && m.Attempts < options.Value.MaxAttempts && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (candidates.Count == 0) return 0;

        // The lease token is unique to this claim, so only what this UPDATE took is read back.
        var lease = $"{_owner}:{Guid.NewGuid():N}";
        var leaseUntil = now.AddSeconds(options.Value.LeaseSeconds);
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.SentAt == null && (m.LeaseExpiresAt == null || m.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, lease).SetProperty(m => m.LeaseExpiresAt, leaseUntil), ct);
        var batch = await db.OutboxMessages.AsNoTracking().Where(m => candidates.Contains(m.Id) && m.LeaseOwner == lease).OrderBy(m => m.Id).ToListAsync(ct);

        var sent = new List<long>();
        foreach (var message in batch)
        {
            try
            {
                await transport.SendAsync(message, ct);
                sent.Add(message.Id);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await RecordFailureAsync(db, message, ex);
            }
        }
        if (sent.Count > 0)
        {
            await db.OutboxMessages.Where(m => sent.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, clock.GetUtcNow().UtcDateTime)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);
        }
        return batch.Count;
    }

    private const int BatchSize = 50;

    private async Task RecordFailureAsync(EnforcementDbContext db, OutboxMessage message, Exception ex)
    {
        var attempts = message.Attempts + 1;
        var retryAt = clock.GetUtcNow().UtcDateTime.AddSeconds(Math.Min(3600, 5 * Math.Pow(2, attempts)));
        logger.LogWarning(ex, "Sending outbox message {Id} failed (attempt {Attempts})", message.Id, attempts);
        var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, retryAt)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LeaseExpiresAt, (DateTime?)null), CancellationToken.None);
    }
}
