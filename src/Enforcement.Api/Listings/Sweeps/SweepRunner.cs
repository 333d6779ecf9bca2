using System.Globalization;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Listings.Search;
using Enforcement.Api.Notifications;
using Enforcement.Search;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Sweeps;

/// <summary>Runs one leased sweep: records the listings it had not matched before, and mails them to its owner through the outbox.</summary>
internal sealed class SweepRunner(EnforcementDbContext db, IListingIndex index, TimeProvider clock, OutboxSignal outbox)
{
    /// <summary>A run looks at this many matches at most, in the sweep's order (newest first by default).</summary>
    public const int MaxMatchesPerRun = 2_000;

    public async Task RunAsync(long sweepId, string lease, CancellationToken ct)
    {
        var sweep = await db.Set<Sweep>().SingleAsync(s => s.Id == sweepId && s.LeaseOwner == lease, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var run = new SweepRun { SweepId = sweep.Id, RanAt = now };
        var fresh = new List<long>();
        try
        {
            var (total, ids) = await MatchesAsync(sweep, ct);
            run.Total = total;
            var known = await db.Set<SweepMatch>().Where(m => m.SweepId == sweep.Id && ids.Contains(m.ListingId)).Select(m => m.ListingId).ToListAsync(ct);
            fresh = [.. ids.Except(known)];
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DbUpdateException)
        {
            run.Error = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
        }
        run.NewMatches = fresh.Count;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(run);
        await db.SaveChangesAsync(ct);
        db.AddRange(fresh.Select(id => new SweepMatch { SweepId = sweep.Id, ListingId = id, FirstRunId = run.Id, MatchedAt = now }));
        sweep.LastRunAt = now;
        sweep.NextRunAt = now.AddMinutes(sweep.IntervalMinutes);
        sweep.LeaseOwner = null;
        sweep.LeaseExpiresAt = null;
        if (fresh.Count > 0 && await OwnerEmailAsync(sweep, ct) is { } email) db.OutboxMessages.Add(await EmailAsync(sweep, email, fresh, now, ct));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (fresh.Count > 0) outbox.Notify();
    }

    private async Task<(long Total, List<long> Ids)> MatchesAsync(Sweep sweep, CancellationToken ct)
    {
        var request = JsonSerializer.Deserialize<SearchListingsRequest>(sweep.QueryJson, JsonSerializerOptions.Web)!;
        var (query, _) = request.ToQuery();
        query = (query ?? new ListingQuery()) with { PageSize = ListingQuery.MaxPageSize, WithFacets = false, WithHighlights = false, Cursor = null };
        var ids = new List<long>();
        long total = 0;
        string? cursor = null;
        do
        {
            var page = await index.SearchAsync(query with { Cursor = cursor }, ct);
            total = page.Total;
            ids.AddRange(page.Hits.Select(h => h.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null && ids.Count < MaxMatchesPerRun);
        return (total, ids);
    }

    private Task<string?> OwnerEmailAsync(Sweep sweep, CancellationToken ct) =>
        db.StaffUsers.Where(u => u.UserName == sweep.OwnerUserName && u.IsActive).Select(u => u.Email).SingleOrDefaultAsync(ct);

    private async Task<OutboxMessage> EmailAsync(Sweep sweep, string email, List<long> fresh, DateTime now, CancellationToken ct)
    {
        var shown = fresh.Take(20).ToList();
        var rows = await db.Set<Listing>().AsNoTracking().Where(l => shown.Contains(l.Id))
            .Select(l => new { l.Id, l.Title, l.Platform, l.PriceVnd, l.RiskScore, l.Url }).ToListAsync(ct);
        var body = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Đợt rà soát \"{sweep.Name}\" chạy lúc {VietnamTime.Format(now)} (GMT+7) tìm thấy {fresh.Count} tin rao bán mới:")
            .AppendLine();
        foreach (var l in rows.OrderByDescending(r => r.RiskScore))
            body.AppendLine(CultureInfo.InvariantCulture, $"- [{l.Platform}] {l.Title} — {Money(l.PriceVnd)} — rủi ro {l.RiskScore}/100 — {l.Url}");
        if (fresh.Count > shown.Count) body.AppendLine(CultureInfo.InvariantCulture, $"… và {fresh.Count - shown.Count} tin khác.");
        return new OutboxMessage
        {
            Recipient = email,
            Subject = $"[Rà soát] {fresh.Count} tin rao bán mới: {sweep.Name}",
            Body = body.ToString(),
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }

    private static string Money(long? vnd) => vnd is { } v ? v.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")) + " ₫" : "không rõ giá";
}
