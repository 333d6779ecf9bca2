using Enforcement.Api.Data;
using Enforcement.Evidence.Integrity;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Evidence.Custody;

/// <summary>Appends to an evidence item's hash-chained custody log, and reads it back for verification.</summary>
internal static class CustodyLog
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Adds the next entry. Two appends at once take the same sequence number; the unique index refuses
    /// one, which reads the new last entry and tries again.
    /// </summary>
    public static async Task AppendAsync(EnforcementDbContext db, long captureId, string action, string actor, string? reason, TimeProvider clock, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.Set<CustodyEntry>().AsNoTracking().Where(e => e.CaptureId == captureId)
                .OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(ct);
            var entry = New(captureId, (last?.Sequence ?? 0) + 1, last?.Hash ?? Genesis, action, actor, reason, clock);
            db.Add(entry);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 50)
            {
                db.Entry(entry).State = EntityState.Detached;
            }
        }
    }

    /// <summary>An entry to save in the caller's transaction (the first one, with the capture itself).</summary>
    public static CustodyEntry New(long captureId, int sequence, string previousHash, string action, string actor, string? reason, TimeProvider clock) =>
        New(captureId, sequence, previousHash, action, actor, reason, clock.GetUtcNow().UtcDateTime);

    public static CustodyEntry New(long captureId, int sequence, string previousHash, string action, string actor, string? reason, DateTime utcNow)
    {
        // Whole milliseconds: what both databases store exactly, so the hash recomputes from what is read back.
        var at = new DateTimeOffset(utcNow.Ticks - utcNow.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        return new CustodyEntry
        {
            CaptureId = captureId, Sequence = sequence, Action = action, Actor = actor, At = at.UtcDateTime, Reason = reason, PreviousHash = previousHash,
            Hash = CustodyChain.ComputeHash(captureId.ToString(), sequence, action, actor, at, reason, previousHash),
        };
    }

    /// <summary>"handed_off" on every signed capture of the case, in the handoff's own unit of work.</summary>
    public static async Task StageHandoffAsync(EnforcementDbContext db, long complaintId, string actor, string reason, DateTime utcNow, CancellationToken ct)
    {
        var lasts = await db.Set<EvidenceCapture>().AsNoTracking().Where(c => c.ComplaintId == complaintId && c.ManifestSha256 != null)
            .Select(c => new { c.Id, Last = db.Set<CustodyEntry>().Where(e => e.CaptureId == c.Id).OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefault() })
            .ToListAsync(ct);
        foreach (var c in lasts) db.Add(New(c.Id, (c.Last?.Sequence ?? 0) + 1, c.Last?.Hash ?? Genesis, CustodyActions.HandedOff, actor, reason, utcNow));
    }

    public static async Task<List<CustodyRecord>> ReadAsync(EnforcementDbContext db, long captureId, CancellationToken ct) =>
        (await db.Set<CustodyEntry>().AsNoTracking().Where(e => e.CaptureId == captureId).OrderBy(e => e.Sequence).ToListAsync(ct))
        .Select(e => new CustodyRecord(e.Sequence, e.Action, e.Actor, new DateTimeOffset(e.At, TimeSpan.Zero), e.Reason, e.PreviousHash, e.Hash)).ToList();
}
