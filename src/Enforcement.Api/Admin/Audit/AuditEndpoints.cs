using System.Globalization;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Audit;

public sealed record AuditItem(long Id, DateTime At, string Actor, string Action, string TargetKind, string Target, IReadOnlyList<AuditChange> Changes);

public sealed record AuditPage(IReadOnlyList<AuditItem> Items, int Page, int PageSize, int Total);

/// <summary>The filters of the audit: who acted (user), on what (target), and Vietnam calendar days from/to (yyyy-MM-dd).</summary>
public sealed record AuditQuery(string? User, string? Target, string? From, string? To, int? Page, int? PageSize);

internal static class AuditEndpoints
{
    public const int MaxPageSize = 200;

    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListAdminAudit")
            .WithSummary("The administrators' actions, newest first, paged; filter by the acting user, the target (user name or code) and Vietnam dates from/to.");
        return group;
    }

    internal static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAsync([AsParameters] AuditQuery query, EnforcementDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var from = Day(query.From, "from", errors);
        var to = Day(query.To, "to", errors);
        if (query.Page is < 1) errors.Add("page", Localization.Text.Format("error.range", 1, int.MaxValue));
        if (query.PageSize is < 1 or > MaxPageSize) errors.Add("pageSize", Localization.Text.Format("error.range", 1, MaxPageSize));
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var rows = db.AdminAuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var actor = query.User.Trim().ToLowerInvariant();
            rows = rows.Where(e => e.ActorUserName == actor);
        }
        if (!string.IsNullOrWhiteSpace(query.Target))
        {
            // User names are stored in lower case, team and agency codes in upper case.
            string lower = query.Target.Trim().ToLowerInvariant(), upper = query.Target.Trim().ToUpperInvariant();
            rows = rows.Where(e => e.Target == lower || e.Target == upper);
        }
        if (from is { } f) { var start = VietnamTime.StartOfDayUtc(f); rows = rows.Where(e => e.At >= start); }
        if (to is { } t) { var end = VietnamTime.StartOfDayUtc(t.AddDays(1)); rows = rows.Where(e => e.At < end); }

        var page = query.Page ?? 1;
        var size = query.PageSize ?? 50;
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(new AuditPage(items.Select(e => new AuditItem(e.Id, e.At, e.ActorUserName, e.Action, e.TargetKind, e.Target, AuditTrail.Read(e.ChangesJson))).ToList(), page, size, total));
    }

    private static DateOnly? Day(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors.Add(field, AdminText.Date);
        return null;
    }
}
