using Enforcement.Api.Admin.Users;
using Enforcement.Api.Data;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Api.Pages.Staff.Admin.Users;

/// <summary>Every staff account, with switching off and on and lifting a lockout in place (the same handlers as /api/staff/admin/users).</summary>
internal sealed class IndexModel(EnforcementDbContext db, TimeProvider clock) : AdminPage
{
    public IReadOnlyList<AdminUser> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ReadFlash();
        Users = (await UserEndpoints.ListAsync(db, clock, ct)).Value!;
    }

    public async Task<IActionResult> OnPostDeactivateAsync(string userName, CancellationToken ct) =>
        await Done((await UserAccountEndpoints.DeactivateAsync(userName, User, db, clock, ct)).Result, ct);

    public async Task<IActionResult> OnPostReactivateAsync(string userName, CancellationToken ct) =>
        await Done((await UserAccountEndpoints.ReactivateAsync(userName, User, db, clock, ct)).Result, ct);

    public async Task<IActionResult> OnPostReleaseLockoutAsync(string userName, CancellationToken ct) =>
        await Done((await UserAccountEndpoints.ReleaseLockoutAsync(userName, User, db, clock, ct)).Result, ct);

    private async Task<IActionResult> Done(IResult result, CancellationToken ct)
    {
        if (!Succeeded(result))
        {
            Users = (await UserEndpoints.ListAsync(db, clock, ct)).Value!;
            return Page();
        }
        Flash();
        return Redirect("/staff/admin/users");
    }
}
