using Enforcement.Api.Admin.Incidents;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Notifications;
using Enforcement.Api.Web;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Admin;

/// <summary>Background work that needs a person: stuck timers and dead-lettered emails (the same handlers as /api/admin/incidents).</summary>
[Authorize(Policy = Policies.Operator)]
internal sealed class IncidentsModel(EnforcementDbContext db, DefinitionCatalog catalog, WorkflowRuntime runtime, ILogger<IncidentActionResponse> log) : PageModel
{
    public IncidentList Incidents { get; private set; } = new([], []);
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message = TempData["incidents.message"] as string;
        Incidents = (await IncidentEndpoints.ListAsync(User, db, catalog, ct)).Value!;
    }

    public async Task<IActionResult> OnPostRetryTimerAsync(long timerId, CancellationToken ct) =>
        Done((await IncidentEndpoints.RetryTimerAsync(timerId, User, runtime, log, ct)).Result);

    public async Task<IActionResult> OnPostCancelTimerAsync(long timerId, string? reason, CancellationToken ct) =>
        Done((await IncidentEndpoints.CancelTimerAsync(timerId, new CancelIncidentRequest(reason), User, runtime, log, ct)).Result);

    public async Task<IActionResult> OnPostRetryMessageAsync(long messageId, [FromServices] OutboxSignal signal, [FromServices] TimeProvider clock, CancellationToken ct) =>
        Done((await IncidentEndpoints.RetryMessageAsync(messageId, User, db, signal, clock, log, ct)).Result);

    public async Task<IActionResult> OnPostCancelMessageAsync(long messageId, [FromServices] TimeProvider clock, CancellationToken ct) =>
        Done((await IncidentEndpoints.CancelMessageAsync(messageId, User, db, clock, log, ct)).Result);

    private RedirectResult Done(IResult result)
    {
        TempData["incidents.message"] = ApiAnswer.Describe(result);
        return Redirect("/staff/admin/incidents");
    }
}
