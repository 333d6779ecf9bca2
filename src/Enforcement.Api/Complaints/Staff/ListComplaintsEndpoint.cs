using System.Globalization;
using System.Security.Claims;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Enforcement.Api.Complaints.Finding;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Staff;

/// <summary>
/// Filters of the staff list. Dates are local (Asia/Ho_Chi_Minh) calendar days, inclusive. <c>q</c> is free text
/// (folded), <c>sort</c> newest|oldest|deadline, <c>related</c> a tracking code whose repeat complaints to list.
/// </summary>
public sealed record ComplaintFilter(string? Category, string? Ward, string? Status, string? From, string? To, int? Page, int? PageSize,
    string? Q = null, string? Sort = null, string? Related = null);

internal static class ListComplaintsEndpoint
{
    public const int MaxPageSize = 100;

    /// <summary>Totals are counted up to here ("1,000+"): a count of every match would grow with the table.</summary>
    public const int CountLimit = 1_000;

    /// <summary>The most rows one CSV export holds.</summary>
    public const int ExportLimit = 10_000;

    public static RouteHandlerBuilder MapListComplaints(this RouteGroupBuilder group) =>
        group.MapGet("/", ListAsync)
            .WithName("ListComplaints")
            .WithSummary("Complaints visible to the signed-in staff member, with free text (q), sort (newest|oldest|deadline), filters and paging; totals stop at 1000 (totalCapped).")
            .Produces<ComplaintPage>()
            .ProducesValidationProblem();

    internal static async Task<Results<Ok<ComplaintPage>, ValidationProblem>> ListAsync(
        [AsParameters] ComplaintFilter filter, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, AdministrativeUnitsCache units, CancellationToken ct)
    {
        var (page, errors) = await QueryAsync(filter, user, db, mapper, units, ct);
        return errors.IsEmpty ? TypedResults.Ok(page!) : Problems.Validation(errors.ToDictionary());
    }

    /// <summary>Shared with the staff list page.</summary>
    public static async Task<(ComplaintPage? Page, FieldErrors Errors)> QueryAsync(
        ComplaintFilter f, ClaimsPrincipal user, EnforcementDbContext db, IMapper mapper, AdministrativeUnitsCache units, CancellationToken ct)
    {
        var pageSize = f.PageSize ?? 20;
        var pageNo = f.Page ?? 1;
        var (query, sort, errors) = await FilterAsync(f, user, db, ct);
        if (pageSize is < 1 or > MaxPageSize) errors.Add("pageSize", Text.Format("error.range", 1, MaxPageSize));
        if (pageNo < 1) errors.Add("page", Text.Format("error.range", 1, int.MaxValue));
        if (!errors.IsEmpty || query is null) return (null, errors);

        var total = await query.Take(CountLimit + 1).CountAsync(ct);
        var codes = await ComplaintOrder.PageAsync(query, db, sort, (pageNo - 1) * pageSize, pageSize, ct);
        var byCode = (await db.Complaints.AsNoTracking().Where(c => codes.Contains(c.TrackingCode))
            .ProjectTo<ComplaintListItem>(mapper.ConfigurationProvider).ToListAsync(ct)).ToDictionary(r => r.TrackingCode);
        var items = codes.Select(code => byCode[code]).ToList();
        var due = await ComplaintOrder.NextDueAsync(db, byCode.Keys, ct);
        var wards = (await units.GetAsync(ct)).Wards;
        var named = items.Select(i => new ComplaintListItem
        {
            NextDueAt = due.TryGetValue(i.TrackingCode, out var d) ? d : null,
            TrackingCode = i.TrackingCode, Category = i.Category, Status = i.Status, ProvinceCode = i.ProvinceCode, WardCode = i.WardCode,
            WardName = wards.TryGetValue(i.WardCode, out var w) ? w.Name : null, BusinessName = i.BusinessName, ProductName = i.ProductName,
            Anonymous = i.Anonymous, AttachmentCount = i.AttachmentCount, SubmittedAt = i.SubmittedAt,
        }).ToList();
        return (new ComplaintPage(named, pageNo, pageSize, Math.Min(total, CountLimit), total > CountLimit), errors);
    }

    /// <summary>The visible complaints that pass the filters, and the validated sort; shared with the CSV export.</summary>
    public static async Task<(IQueryable<Complaint>? Query, string Sort, FieldErrors Errors)> FilterAsync(
        ComplaintFilter f, ClaimsPrincipal user, EnforcementDbContext db, CancellationToken ct)
    {
        var errors = new FieldErrors();
        if (f.Category is { Length: > 0 } && !ComplaintCategories.All.Contains(f.Category)) errors.Add("category", Text.Get("error.category"));
        if (f.Status is { Length: > 0 } && !ComplaintStatuses.All.Contains(f.Status)) errors.Add("status", Text.Get("error.status"));
        var from = ParseDay(f.From, "from", errors);
        var to = ParseDay(f.To, "to", errors);
        var sort = f.Sort is { Length: > 0 } s ? s : ComplaintOrder.Newest;
        if (!ComplaintOrder.All.Contains(sort)) errors.Add("sort", Text.Get("finding.error.sort"));
        if (f.Q is { Length: > ComplaintTextQuery.MaxLength }) errors.Add("q", Text.Format("finding.error.q", ComplaintTextQuery.MaxLength));
        if (f.Related is { Length: > 20 }) errors.Add("related", Text.Get("finding.error.related"));
        if (!errors.IsEmpty) return (null, sort, errors);

        var query = db.Complaints.AsNoTracking().VisibleTo(user);
        if (f.Q is { Length: > 0 } q && ComplaintTextQuery.Terms(q) is { Count: > 0 } terms) query = query.Matching(db, terms);
        if (f.Related is { Length: > 0 } related) query = await RelatedComplaints.FilterAsync(query, user, db, related.ToUpperInvariant(), ct);
        if (f.Category is { Length: > 0 }) query = query.Where(c => c.Category == f.Category);
        if (f.Status is { Length: > 0 }) query = query.Where(c => c.Status == f.Status);
        if (f.Ward is { Length: > 0 }) query = query.Where(c => c.WardCode == f.Ward);
        if (from is { } start) query = query.Where(c => c.SubmittedAt >= start);
        if (to is { } end) query = query.Where(c => c.SubmittedAt < end.AddDays(1));
        return (query, sort, errors);
    }

    /// <summary>A local calendar day → the UTC instant it starts.</summary>
    private static DateTime? ParseDay(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 2000 or > 2100)
        {
            errors.Add(field, Text.Get("error.date"));
            return null;
        }
        return VietnamTime.StartOfDayUtc(day);
    }
}
