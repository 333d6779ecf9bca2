using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Listings.Sweeps;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Listings.Sweeps;

/// <summary>The sweeps (đợt rà soát) the user may see, each with its latest runs, and a stop button for one's own.</summary>
[Authorize(Policy = Policies.ListingWorker)]
internal sealed class IndexModel(EnforcementDbContext db) : PageModel
{
    public const int RunsShown = 10;

    public IReadOnlyList<SweepView> Sweeps { get; private set; } = [];
    public string? Message { get; private set; }
    public bool Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Message ??= TempData["sweeps.message"] as string;
        var list = (await SweepEndpoints.ListAsync(User, db, ct)).Value!;
        var withRuns = new List<SweepView>(list.Count);
        foreach (var s in list)
            withRuns.Add((await SweepEndpoints.GetAsync(s.Id, User, db, ct)).Result is Ok<SweepView> { Value: { } full } ? full : s);
        Sweeps = withRuns;
    }

    public async Task<IActionResult> OnPostStopAsync(long id, CancellationToken ct)
    {
        if ((await SweepEndpoints.StopAsync(id, User, db, ct)).Result is NoContent)
        {
            TempData["sweeps.message"] = Text.Pick("Đã dừng đợt rà soát; các lần chạy vẫn được lưu.", "The sweep is stopped; its runs stay on record.");
            return Redirect("/staff/listings/sweeps");
        }
        // Not one's own, already stopped, or gone: said in place, the list as it is now.
        Failed = true;
        Message = Text.Pick("Không dừng được đợt rà soát này: không tìm thấy, đã dừng, hoặc không phải của bạn.", "This sweep could not be stopped: not found, already stopped, or not yours.");
        Response.StatusCode = StatusCodes.Status404NotFound;
        await OnGetAsync(ct);
        return Page();
    }

    public bool IsMine(SweepView s) => s.Owner == User.UserName();
}
