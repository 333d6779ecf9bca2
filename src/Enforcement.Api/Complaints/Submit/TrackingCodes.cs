using System.Collections.Concurrent;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Submit;

/// <summary>
/// Readable tracking codes, PA-{year}-{number}, numbered per local year. Codes are unique, not gapless:
/// a rejected or rolled-back submission may leave a gap, which is harmless for a tracking code.
/// On PostgreSQL the number comes from a sequence, which takes no row lock, so concurrent submissions
/// do not queue on it; on SQLite (one writer at a time anyway) from a counter row in the same transaction.
/// </summary>
internal sealed class TrackingCodes(EnforcementDbContext db)
{
    private static readonly ConcurrentDictionary<string, bool> ReadySequences = new();

    /// <summary>Call outside any transaction: creates this year's sequence once (PostgreSQL).</summary>
    public async Task PrepareAsync(DateTime nowUtc, CancellationToken ct)
    {
        if (db.Database.IsNpgsql()) await EnsureSequenceAsync(VietnamTime.ToLocal(nowUtc).Year, ct);
    }

    public async Task<string> NextAsync(DateTime nowUtc, CancellationToken ct)
    {
        var year = VietnamTime.ToLocal(nowUtc).Year;
        var next = db.Database.IsNpgsql() ? await NextFromSequenceAsync(year, ct) : await NextFromCounterAsync(year, ct);
        return $"PA-{year}-{next:000000}";
    }

    /// <summary>SQLite has one writer at a time anyway; a counter row is enough.</summary>
    private async Task<long> NextFromCounterAsync(int year, CancellationToken ct)
    {
        var next = await db.Database.SqlQuery<long>($"""
            INSERT INTO "TrackingCounters" ("Year", "LastValue") VALUES ({year}, 1)
            ON CONFLICT ("Year") DO UPDATE SET "LastValue" = "TrackingCounters"."LastValue" + 1
            RETURNING "LastValue" AS "Value"
            """).ToListAsync(ct);
        return next[0];
    }

    private async Task<long> NextFromSequenceAsync(int year, CancellationToken ct)
    {
#pragma warning disable EF1002 // the name is built from an integer year
        var next = await db.Database.SqlQueryRaw<long>($"""SELECT nextval('"TrackingCode{year}"') AS "Value" """).ToListAsync(ct);
#pragma warning restore EF1002
        return next[0];
    }

    /// <summary>
    /// Creates the year's sequence under a transaction-scoped advisory lock, so submissions racing at the
    /// first instant of a new year (or two instances) create it once and none sees a half-made one.
    /// </summary>
    private async Task EnsureSequenceAsync(int year, CancellationToken ct)
    {
        var sequence = $"TrackingCode{year}";
        var cacheKey = db.Database.GetConnectionString() + "|" + sequence;
        if (ReadySequences.ContainsKey(cacheKey)) return;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
#pragma warning disable EF1002 // the name is built from an integer year
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({SequenceLockKey}, {year})", ct);
            await db.Database.ExecuteSqlRawAsync($"""CREATE SEQUENCE IF NOT EXISTS "{sequence}" """, ct);
            // A database numbered by the older counter table continues after its last code.
            await db.Database.ExecuteSqlRawAsync($"""
                SELECT setval('"{sequence}"', c."LastValue") FROM "TrackingCounters" c
                WHERE c."Year" = {year} AND c."LastValue" > (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM "{sequence}")
                """, ct);
#pragma warning restore EF1002
            await tx.CommitAsync(ct);
        }
        ReadySequences[cacheKey] = true;
    }

    /// <summary>First half of the advisory lock key (the year is the second): "TRAC".</summary>
    private const int SequenceLockKey = 0x54524143;
}
