using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Workflows.Runtime;

/// <summary>
/// Keeps the journal table small: the journal of a process finished longer ago than the retention
/// period is compressed into one archive row. Reading a journal merges both, so nothing is lost from view.
/// </summary>
public sealed class JournalArchiver(DbContext db, IOptions<WorkflowOptions> options, TimeProvider clock)
{
    public async Task<int> ArchiveAsync(int batch, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.JournalRetentionDays);
        var ids = await db.Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.Status == InstanceStatuses.Completed && i.CompletedAt < cutoff && !db.Set<WorkflowJournalArchive>().Any(a => a.InstanceId == i.Id))
            .OrderBy(i => i.Id).Select(i => i.Id).Take(batch).ToListAsync(ct);
        var archived = 0;
        foreach (var id in ids)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var entries = await db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Id).ToListAsync(ct);
            db.Add(new WorkflowJournalArchive { InstanceId = id, ArchivedAt = clock.GetUtcNow().UtcDateTime, EntryCount = entries.Count, Compressed = Compress(entries) });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another instance archived it first (the archive's key is the instance id).
                db.ChangeTracker.Clear();
                continue;
            }
            await db.Set<WorkflowJournalEntry>().Where(j => j.InstanceId == id).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            archived++;
        }
        return archived;
    }

    /// <summary>The journal of these instances, live and archived, in order.</summary>
    public static async Task<List<WorkflowJournalEntry>> ReadAsync(DbContext db, IReadOnlyCollection<long> instanceIds, CancellationToken ct)
    {
        var live = await db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => instanceIds.Contains(j.InstanceId)).ToListAsync(ct);
        var archives = await db.Set<WorkflowJournalArchive>().AsNoTracking().Where(a => instanceIds.Contains(a.InstanceId)).ToListAsync(ct);
        return live.Concat(archives.SelectMany(a => Decompress(a.Compressed))).OrderBy(j => j.Id).ToList();
    }

    private static byte[] Compress(List<WorkflowJournalEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize)) JsonSerializer.Serialize(gzip, entries);
        return buffer.ToArray();
    }

    private static List<WorkflowJournalEntry> Decompress(byte[] data)
    {
        using var gzip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        return JsonSerializer.Deserialize<List<WorkflowJournalEntry>>(gzip) ?? [];
    }
}
