using Enforcement.Api.Admin.Organisation;
using Enforcement.Api.Admin.Users;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Api.Pages.Staff.Admin.Users;

internal sealed class EditModel(EnforcementDbContext db, TimeProvider clock) : AdminPage
{
    public AdminUser Account { get; private set; } = null!;
    public UpdateUserRequest Input { get; private set; } = new(null, null, null, null, null);
    public IReadOnlyList<AdminAgency> Agencies { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string userName, CancellationToken ct)
    {
        ReadFlash();
        if (!await LoadAsync(userName, ct)) return NotFound();
        Input = new UpdateUserRequest(Account.FullName, Account.Email, Account.Role, Account.Agency, Account.Team);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string userName, string? fullName, string? email, string? role, string? agency, string? team, CancellationToken ct)
    {
        Input = new UpdateUserRequest(fullName, email, role, agency, team);
        if (Succeeded((await UserEndpoints.UpdateAsync(userName, Input, User, db, clock, ct)).Result)) return Saved(userName);
        return await LoadAsync(userName, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPasswordAsync(string userName, string? password, [FromServices] IPasswordHasher<StaffUser> hasher, CancellationToken ct)
    {
        var result = (await UserAccountEndpoints.ResetPasswordAsync(userName, new ResetPasswordRequest(password), User, db, hasher, clock, ct)).Result;
        if (Succeeded(result)) return Saved(userName, Text.Pick("Đã đặt mật khẩu mới; các phiên đăng nhập cũ đã kết thúc.", "New password set; the old sessions have ended."));
        if (!await LoadAsync(userName, ct)) return NotFound();
        Input = new UpdateUserRequest(Account.FullName, Account.Email, Account.Role, Account.Agency, Account.Team);
        return Page();
    }

    private RedirectResult Saved(string userName, string? message = null)
    {
        Flash(message);
        return Redirect($"/staff/admin/users/{Uri.EscapeDataString(userName)}/edit");
    }

    private async Task<bool> LoadAsync(string userName, CancellationToken ct)
    {
        if ((await UserEndpoints.GetAsync(userName, db, clock, ct)).Result is not Ok<AdminUser> ok) return false;
        Account = ok.Value!;
        Agencies = (await AgencyEndpoints.ListAsync(db, ct)).Value!;
        return true;
    }
}
