using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Runs one action on one instance. The instance row is locked first, as the scheduler does before
    /// touching tasks and timers, so actions and deadlines take locks in one order and cannot deadlock.
    /// The action reads its rows after the lock; only an <see cref="WorkflowResult.Ok"/> is saved (once).
    /// </summary>
    private async Task<WorkflowResult> ActAsync(long instanceId, Func<WorkflowInstance, Task<WorkflowResult>> action, CancellationToken ct)
    {
        EnsureNoPendingWork();
        ForgetOwnReads();
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await LockInstancesAsync([instanceId], ct);
            var instance = await db.Set<WorkflowInstance>().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
            var result = instance is null ? new WorkflowResult.NotFound() : await action(instance);
            if (result is WorkflowResult.Ok)
            {
                await db.SaveChangesAsync(ct);
                if (owned is not null) await owned.CommitAsync(ct);
            }
            else ForgetOwnReads();
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            ForgetOwnReads();
            return new WorkflowResult.Conflict("completed_by_someone_else", []);
        }
        catch (Exception ex) when (IsContention(ex))
        {
            ForgetOwnReads();
            return new WorkflowResult.Conflict("busy", []);
        }
        finally
        {
            if (owned is not null) await owned.DisposeAsync();
        }
    }

    /// <summary>Locks instance rows in id order (PostgreSQL). SQLite needs nothing: a write transaction holds the whole database.</summary>
    private async Task LockInstancesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0 || !db.Database.IsPostgres()) return;
        var sorted = ids.Distinct().Order().Cast<object>().ToArray();
#pragma warning disable EF1002 // only placeholders are spliced in; the ids are parameters
        await db.Database.SqlQueryRaw<long>(
            $"""SELECT "Id" AS "Value" FROM "WorkflowInstances" WHERE "Id" IN ({DatabaseClock.Placeholders(0, sorted.Length)}) ORDER BY "Id" FOR UPDATE""",
            sorted).ToListAsync(ct);
#pragma warning restore EF1002
    }

    /// <summary>Rows this runtime read earlier may be stale once another transaction has moved the case.</summary>
    private void ForgetOwnReads()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is WorkflowInstance or WorkflowTask or WorkflowTimer or WorkflowJournalEntry).ToList())
            entry.State = EntityState.Detached;
    }

    /// <summary>A deadlock, serialization failure or busy database: the other party won; the caller may try again.</summary>
    public static bool IsContention(Exception ex)
    {
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            if (e is DbException { SqlState: "40001" or "40P01" }) return true;
            if (e is DbException db && e.GetType().Name == "SqliteException" && db.ErrorCode is 5 or 6) return true;
        }
        return false;
    }
}
