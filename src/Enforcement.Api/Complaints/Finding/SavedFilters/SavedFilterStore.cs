using System.Security.Claims;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Complaints.Finding.SavedFilters;

/// <summary>Saved filters of the signed-in user only: shared by the API and the list pages.</summary>
internal static class SavedFilterStore
{
    public const int MaxName = 100, MaxQuery = 2000;

    /// <summary>Each list's page and the parameters a saved filter keeps (paging is not kept).</summary>
    public static readonly Dictionary<string, (string Page, string[] Keys)> Lists = new()
    {
        ["complaints"] = ("/staff/complaints", ["q", "sort", "category", "ward", "status", "from", "to", "related"]),
        ["tasks"] = ("/staff/tasks", ["queue", "q", "sort", "category", "ward", "process", "overdue", "dueBefore"]),
    };

    public static async Task<List<SavedFilterView>> ListAsync(ClaimsPrincipal user, EnforcementDbContext db, string? list, CancellationToken ct)
    {
        var me = user.UserName();
        var rows = await db.Set<SavedFilter>().AsNoTracking().Where(f => f.UserName == me && (list == null || f.List == list))
            .OrderBy(f => f.List).ThenBy(f => f.Name).ToListAsync(ct);
        return rows.Select(View).ToList();
    }

    public static async Task<(SavedFilterView? Saved, bool Created, FieldErrors Errors)> SaveAsync(
        ClaimsPrincipal user, EnforcementDbContext db, SaveFilterRequest r, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = r.Name?.Trim();
        if (name is not { Length: > 0 and <= MaxName } || TextRules.HasControlCharacters(name, false)) errors.Add("name", Text.Format("finding.error.name", MaxName));
        if (r.List is null || !Lists.ContainsKey(r.List)) errors.Add("list", Text.Get("finding.error.list"));
        if (r.Query is { Length: > MaxQuery }) errors.Add("query", Text.Format("finding.error.query", MaxQuery));
        if (!errors.IsEmpty) return (null, false, errors);
        var spec = Lists[r.List!];

        var parsed = QueryHelpers.ParseQuery(r.Query is { Length: > 0 } q && q[0] != '?' ? "?" + q : r.Query);
        var query = QueryString.Create(spec.Keys.Where(k => parsed.TryGetValue(k, out var v) && !string.IsNullOrEmpty(v))
            .Select(k => new KeyValuePair<string, string?>(k, parsed[k].ToString()))).ToUriComponent().TrimStart('?');
        var me = user.UserName();
        var row = await db.Set<SavedFilter>().FirstOrDefaultAsync(f => f.UserName == me && f.List == r.List && f.Name == name, ct);
        var created = row is null;
        if (row is null)
        {
            row = new SavedFilter { UserName = me, List = r.List!, Name = name!, Query = query, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Add(row);
        }
        else row.Query = query;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (created)
        {
            // The same name saved by another request a moment ago (the unique index): saving by name replaces, so replace it.
            db.Entry(row).State = EntityState.Detached;
            row = await db.Set<SavedFilter>().FirstAsync(f => f.UserName == me && f.List == r.List && f.Name == name, ct);
            row.Query = query;
            await db.SaveChangesAsync(ct);
            created = false;
        }
        return (View(row), created, errors);
    }

    public static async Task<bool> DeleteAsync(ClaimsPrincipal user, EnforcementDbContext db, long id, CancellationToken ct)
    {
        var me = user.UserName();
        return await db.Set<SavedFilter>().Where(f => f.Id == id && f.UserName == me).ExecuteDeleteAsync(ct) > 0;
    }

    private static SavedFilterView View(SavedFilter f) =>
        new(f.Id, f.List, f.Name, f.Query, Lists[f.List].Page + (f.Query.Length > 0 ? "?" + f.Query : ""));
}
