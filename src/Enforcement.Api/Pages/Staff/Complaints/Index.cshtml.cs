using AutoMapper;
using Enforcement.Api.Complaints.Finding.SavedFilters;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Complaints;

/// <summary>
/// The staff complaint list: the same query, search, sorts, filters and visibility rules as GET /api/staff/complaints;
/// every filter lives in the URL, so a list can be bookmarked, saved by name or exported as it is.
/// </summary>
[Authorize(Policy = Policies.ComplaintReader)]
internal sealed class IndexModel(EnforcementDbContext db, IMapper mapper, AdministrativeUnitsCache units) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Related { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Ward { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNo { get; set; }

    public ComplaintPage? Result { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public IReadOnlyList<WardInfo> HomeWards { get; private set; } = [];
    public IReadOnlyList<SavedFilterView> SavedFilters { get; private set; } = [];

    public async Task OnGetAsync([FromServices] Microsoft.Extensions.Options.IOptions<Enforcement.Api.Complaints.ComplaintOptions> options, CancellationToken ct)
    {
        var (page, errors) = await ListComplaintsEndpoint.QueryAsync(
            new ComplaintFilter(Category, Ward, Status, From, To, PageNo, 20, Q, Sort, Related), User, db, mapper, units, ct);
        Result = page;
        Errors = errors.ToDictionary();
        HomeWards = (await units.GetAsync(ct)).WardsOf(options.Value.HomeProvinceCode);
        SavedFilters = await SavedFilterStore.ListAsync(User, db, "complaints", ct);
    }

    /// <summary>Saves the list's current filters under a name (the same name replaces them).</summary>
    public async Task<IActionResult> OnPostSaveFilterAsync(string? filterName, [FromServices] TimeProvider clock, CancellationToken ct)
    {
        var (saved, _, errors) = await SavedFilterStore.SaveAsync(User, db, new SaveFilterRequest("complaints", filterName, Filters(null)), clock, ct);
        if (saved is not null) return Redirect(saved.Link);
        TempData["filters.error"] = string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value));
        return Redirect("/staff/complaints" + Link(null));
    }

    public async Task<IActionResult> OnPostDeleteFilterAsync(long filterId, CancellationToken ct)
    {
        await SavedFilterStore.DeleteAsync(User, db, filterId, ct);
        return Redirect("/staff/complaints" + Link(null));
    }

    public string PageLink(int page) => Link(Sort, page);

    /// <summary>The list's URL with another sort (paging starts again).</summary>
    public string SortLink(string sort) => Link(sort);

    public string CsvLink => "/staff/complaints.csv" + Link(Sort);

    private string Link(string? sort, int? page = null) => Filters(sort, page) is { Length: > 0 } f ? "?" + f : "";

    /// <summary>The filters as hidden fields, for the forms that post (saving keeps what the list shows).</summary>
    public SavedFiltersBox FiltersBox => new(SavedFilters, Hidden().ToList(), TempData["filters.error"] as string);

    private IEnumerable<KeyValuePair<string, string>> Hidden() =>
        new Dictionary<string, string?> { ["q"] = Q, ["sort"] = Sort, ["related"] = Related, ["category"] = Category, ["ward"] = Ward, ["status"] = Status, ["from"] = From, ["to"] = To }
            .Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value!));

    private string Filters(string? sort, int? page = null) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["q"] = Q, ["sort"] = sort ?? Sort, ["related"] = Related, ["category"] = Category, ["ward"] = Ward, ["status"] = Status, ["from"] = From, ["to"] = To,
            ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent().TrimStart('?');
}
