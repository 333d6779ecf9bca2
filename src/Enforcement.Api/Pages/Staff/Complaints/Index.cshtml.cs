using AutoMapper;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Complaints;

/// <summary>The staff complaint list: the same query, filters and visibility rules as GET /api/staff/complaints.</summary>
[Authorize(Policy = Policies.ComplaintReader)]
internal sealed class IndexModel(EnforcementDbContext db, IMapper mapper, AdministrativeUnitsCache units) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Ward { get; set; }
    [BindProperty(SupportsGet = true)] public string? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int? PageNo { get; set; }

    public ComplaintPage? Result { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public IReadOnlyList<WardInfo> HomeWards { get; private set; } = [];

    public async Task OnGetAsync([FromServices] Microsoft.Extensions.Options.IOptions<Enforcement.Api.Complaints.ComplaintOptions> options, CancellationToken ct)
    {
        var (page, errors) = await ListComplaintsEndpoint.QueryAsync(new ComplaintFilter(Category, Ward, Status, From, To, PageNo, 20), User, db, mapper, units, ct);
        Result = page;
        Errors = errors.ToDictionary();
        HomeWards = (await units.GetAsync(ct)).WardsOf(options.Value.HomeProvinceCode);
    }

    public string PageLink(int page) =>
        QueryString.Create(new Dictionary<string, string?> { ["category"] = Category, ["ward"] = Ward, ["status"] = Status, ["from"] = From, ["to"] = To, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}
