using Enforcement.Api.Data;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Finding;

/// <summary>
/// The orders of the staff list (sắp xếp). "deadline" is the earliest due date among a complaint's open tasks: complaints
/// with one come first, nearest deadline first, walked from the open-task index so a page reads about a page of rows;
/// the rest follow newest first.
/// </summary>
internal static class ComplaintOrder
{
    public const string Newest = "newest", Oldest = "oldest", Deadline = "deadline";
    public static readonly string[] All = [Newest, Oldest, Deadline];

    /// <summary>The tracking codes of one page, in order.</summary>
    public static async Task<List<string>> PageAsync(IQueryable<Complaint> query, EnforcementDbContext db, string sort, int skip, int take, CancellationToken ct)
    {
        if (sort == Oldest) return await query.OrderBy(c => c.SubmittedAt).ThenBy(c => c.Id).Skip(skip).Take(take).Select(c => c.TrackingCode).ToListAsync(ct);
        if (sort != Deadline) return await ByNewest(query).Skip(skip).Take(take).Select(c => c.TrackingCode).ToListAsync(ct);

        var due = FirstDue(query, db);
        var ids = await due.Skip(skip).Take(take).ToListAsync(ct);
        if (ids.Count == take) return ids;
        var withDeadline = ids.Count > 0 ? skip + ids.Count : await due.CountAsync(ct);
        var rest = await ByNewest(query.Where(c => !OpenDue(db).Any(i => i.CorrelationId == c.TrackingCode)))
            .Skip(Math.Max(0, skip - withDeadline)).Take(take - ids.Count).Select(c => c.TrackingCode).ToListAsync(ct);
        return [.. ids, .. rest];
    }

    /// <summary>The earliest open-task deadline of each of these complaints.</summary>
    public static async Task<Dictionary<string, DateTime>> NextDueAsync(EnforcementDbContext db, IReadOnlyCollection<string> codes, CancellationToken ct) =>
        (await OpenDue(db).Where(x => codes.Contains(x.CorrelationId))
            .GroupBy(x => x.CorrelationId).Select(g => new { g.Key, Due = g.Min(x => x.DueAt) }).ToListAsync(ct))
        .ToDictionary(x => x.Key, x => x.Due);

    private static IOrderedQueryable<Complaint> ByNewest(IQueryable<Complaint> q) => q.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id);

    // Member-initialized, not positional: EF composes queries over member initializers only.
    private sealed class Due
    {
        public long TaskId { get; init; }
        public DateTime DueAt { get; init; }
        public required string CorrelationId { get; init; }
    }

    private static IQueryable<Due> OpenDue(EnforcementDbContext db) =>
        from t in db.Set<WorkflowTask>()
        where t.Status == TaskStatuses.Open && t.DueAt != null
        join i in db.Set<WorkflowInstance>() on t.InstanceId equals i.Id
        select new Due { TaskId = t.Id, DueAt = t.DueAt!.Value, CorrelationId = i.CorrelationId };

    /// <summary>Each complaint once, at its earliest open task (no earlier one of the same complaint exists).</summary>
    private static IQueryable<string> FirstDue(IQueryable<Complaint> query, EnforcementDbContext db) =>
        from d in OpenDue(db)
        where !OpenDue(db).Any(e => e.CorrelationId == d.CorrelationId && (e.DueAt < d.DueAt || (e.DueAt == d.DueAt && e.TaskId < d.TaskId)))
        join c in query on d.CorrelationId equals c.TrackingCode
        orderby d.DueAt, d.TaskId
        select c.TrackingCode;
}
