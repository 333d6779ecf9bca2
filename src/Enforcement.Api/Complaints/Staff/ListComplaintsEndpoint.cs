using System.Globalization;
using System.Security.Claims;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Staff;

/// <summary>Filters of the staff list. Dates are local (Asia/Ho_Chi_Minh) calendar days, inclusive.</summary>
public sealed record ComplaintFilter(string? Category, string? Ward, string? Status, string? From, string? To, int? Page, int? PageSize);

internal static class ListComplaintsEndpoint
{
    public const int MaxPageSize = 100;

    public static RouteHandlerBuilder MapListComplaints(this RouteGroupBuilder group) =>
        group.MapGet("/", ListAsync)
            .WithName("ListComplaints")
            .WithSummary("Complaints visible to the signed-in staff member, newest first, with filters and paging.")
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
        var errors = new FieldErrors();
        if (f.Category is { Length: > 0 } && !ComplaintCategories.All.Contains(f.Category)) errors.Add("category", Text.Get("error.category"));
        if (f.Status is { Length: > 0 } && !ComplaintStatuses.All.Contains(f.Status)) errors.Add("status", Text.Get("error.status"));
        var from = ParseDay(f.From, "from", errors);
        var to = ParseDay(f.To, "to", errors);
        var pageSize = f.PageSize ?? 20;
        var pageNo = f.Page ?? 1;
        if (pageSize is < 1 or > MaxPageSize) errors.Add("pageSize", Text.Format("error.range", 1, MaxPageSize));
        if (pageNo < 1) errors.Add("page", Text.Format("error.range", 1, int.MaxValue));
        if (!errors.IsEmpty) return (null, errors);

        var query = db.Complaints.AsNoTracking().VisibleTo(user);
        if (f.Category is { Length: > 0 }) query = query.Where(c => c.Category == f.Category);
        if (f.Status is { Length: > 0 }) query = query.Where(c => c.Status == f.Status);
        if (f.Ward is { Length: > 0 }) query = query.Where(c => c.WardCode == f.Ward);
        if (from is { } start) query = query.Where(c => c.SubmittedAt >= start);
        if (to is { } end) query = query.Where(c => c.SubmittedAt < end.AddDays(1));

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(c => c.SubmittedAt).ThenByDescending(c => c.Id)
            .Skip((pageNo - 1) * pageSize).Take(pageSize)
            .ProjectTo<ComplaintListItem>(mapper.ConfigurationProvider).ToListAsync(ct);
        var wards = (await units.GetAsync(ct)).Wards;
        var named = items.Select(i => new ComplaintListItem
        {
            TrackingCode = i.TrackingCode, Category = i.Category, Status = i.Status, ProvinceCode = i.ProvinceCode, WardCode = i.WardCode,
            WardName = wards.TryGetValue(i.WardCode, out var w) ? w.Name : null, BusinessName = i.BusinessName, ProductName = i.ProductName,
            Anonymous = i.Anonymous, AttachmentCount = i.AttachmentCount, SubmittedAt = i.SubmittedAt,
        }).ToList();
        return (new ComplaintPage(named, pageNo, pageSize, total), errors);
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
