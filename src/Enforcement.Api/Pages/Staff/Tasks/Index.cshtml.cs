using Enforcement.Api.Cases.Queue;
using Enforcement.Api.Cases.Tasks;
using Enforcement.Api.Complaints.Finding.SavedFilters;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Reference;
using Enforcement.Api.Web;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Pages.Staff.Tasks;

/// <summary>The work queue: the same query and actions as /api/staff/tasks.</summary>
[Authorize(Policy = Policies.ComplaintReader)]
internal sealed class IndexModel(EnforcementDbContext db, DefinitionCatalog catalog, AdministrativeUnitsCache units, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Queue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Ward { get; set; }
    [BindProperty(SupportsGet = true)] public string? Process { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? DueBefore { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    public SavedFiltersBox FiltersBox { get; private set; } = new([], [], null);

    public TaskQueuePage? Result { get; private set; }
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; private set; }
    public IReadOnlyList<WardInfo> HomeWards { get; private set; } = [];
    public IReadOnlyList<(string UserName, string FullName)> Colleagues { get; private set; } = [];
    public IReadOnlyCollection<WorkflowDefinition> Processes => catalog.All;
    public bool CanAssign => User.Role() is Roles.TeamLead or Roles.Supervisor;

    public async Task OnGetAsync([FromServices] IOptions<Enforcement.Api.Complaints.ComplaintOptions> options, CancellationToken ct)
    {
        var (page, errors) = await ListTasksEndpoint.QueryAsync(new TaskQueueFilter(Queue, Category, Ward, Process, Overdue, DueBefore, 1, 200, Q, Sort), User, db, catalog, units, clock, ct);
        Result = page;
        Errors = errors.ToDictionary();
        HomeWards = (await units.GetAsync(ct)).WardsOf(options.Value.HomeProvinceCode);
        Colleagues = await StaffDirectory.ColleaguesAsync(db, User.AgencyCodeOf(), ct);
        Message = TempData["queue.message"] as string;
        FiltersBox = new(await SavedFilterStore.ListAsync(User, db, "tasks", ct), Current().ToList(), TempData["filters.error"] as string);
    }

    /// <summary>Saves the queue's current tab and filters under a name (the same name replaces them).</summary>
    public async Task<IActionResult> OnPostSaveFilterAsync(string? filterName, CancellationToken ct)
    {
        var (saved, _, errors) = await SavedFilterStore.SaveAsync(User, db, new SaveFilterRequest("tasks", filterName, Link(Queue).TrimStart('?')), clock, ct);
        if (saved is not null) return Redirect(saved.Link);
        TempData["filters.error"] = string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value));
        return Redirect("/staff/tasks" + Link(Queue));
    }

    public async Task<IActionResult> OnPostDeleteFilterAsync(long filterId, CancellationToken ct)
    {
        await SavedFilterStore.DeleteAsync(User, db, filterId, ct);
        return Redirect("/staff/tasks" + Link(Queue));
    }

    public async Task<IActionResult> OnPostClaimAsync(long taskId, [FromServices] WorkflowRuntime runtime, CancellationToken ct)
    {
        TempData["queue.message"] = ApiAnswer.Describe((await TaskEndpoints.ClaimAsync(taskId, User, db, runtime, ct)).Result);
        return Redirect("/staff/tasks" + Link(Queue));
    }

    public async Task<IActionResult> OnPostAssignAsync(List<long> taskIds, string? userName, [FromServices] WorkflowRuntime runtime, CancellationToken ct)
    {
        TempData["queue.message"] = ApiAnswer.Describe((await TaskEndpoints.BulkAssignAsync(new BulkAssignRequest(taskIds, userName), User, db, runtime, ct)).Result);
        return Redirect("/staff/tasks" + Link(Queue));
    }

    public string Link(string? queue, string? sort = null) => QueryString.Create(Current(queue, sort).Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value))).ToUriComponent();

    private IEnumerable<KeyValuePair<string, string>> Current(string? queue = null, string? sort = null) =>
        new Dictionary<string, string?>
        {
            ["queue"] = queue ?? Queue, ["q"] = Q, ["sort"] = sort ?? Sort, ["category"] = Category, ["ward"] = Ward, ["process"] = Process,
            ["overdue"] = Overdue == true ? "true" : null, ["dueBefore"] = DueBefore,
        }.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => new KeyValuePair<string, string>(kv.Key, kv.Value!));
}
