using Enforcement.Api.Admin.Organisation;
using Enforcement.Api.Admin.Users;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Api.Pages.Staff.Admin.Users;

internal sealed class NewModel(EnforcementDbContext db, IPasswordHasher<StaffUser> hasher, TimeProvider clock) : AdminPage
{
    public CreateUserRequest Input { get; private set; } = new(null, null, null, null, null, null, null);
    public IReadOnlyList<AdminAgency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Agencies = (await AgencyEndpoints.ListAsync(db, ct)).Value!;

    public async Task<IActionResult> OnPostAsync(string? userName, string? fullName, string? email, string? role, string? agency, string? team, string? password, CancellationToken ct)
    {
        Input = new CreateUserRequest(userName, fullName, email, role, agency, team, null); // the password is never sent back
        if (Succeeded((await UserEndpoints.CreateAsync(Input with { Password = password }, User, db, hasher, clock, ct)).Result))
        {
            Flash();
            return Redirect("/staff/admin/users");
        }
        Agencies = (await AgencyEndpoints.ListAsync(db, ct)).Value!;
        return Page();
    }
}
