using Enforcement.Api.Admin.Organisation;
using Enforcement.Api.Data;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Api.Pages.Staff.Admin;

/// <summary>Agencies and their teams: create and rename (the same handlers as /api/staff/admin/agencies and /teams).</summary>
internal sealed class AgenciesModel(EnforcementDbContext db, TimeProvider clock) : AdminPage
{
    public IReadOnlyList<AdminAgency> Agencies { get; private set; } = [];

    /// <summary>Which form the messages belong to ("agency", "team", or an agency's or team's code being renamed).</summary>
    public string? Form { get; private set; }
    public CreateAgencyRequest NewAgency { get; private set; } = new(null, null, null, null);
    public CreateTeamRequest NewTeam { get; private set; } = new(null, null, null);

    public async Task OnGetAsync(CancellationToken ct)
    {
        ReadFlash();
        Agencies = (await AgencyEndpoints.ListAsync(db, ct)).Value!;
    }

    public async Task<IActionResult> OnPostCreateAgencyAsync([FromForm(Name = "agency-code")] string? code, [FromForm(Name = "agency-name")] string? name,
        [FromForm(Name = "agency-nameEn")] string? nameEn, string? kind, CancellationToken ct)
    {
        NewAgency = new CreateAgencyRequest(code, name, nameEn, kind);
        return await Done("agency", (await AgencyEndpoints.CreateAsync(NewAgency, User, db, clock, ct)).Result, ct);
    }

    public async Task<IActionResult> OnPostRenameAgencyAsync(string code, string? name, string? nameEn, CancellationToken ct) =>
        await Done(code, (await AgencyEndpoints.UpdateAsync(code, new UpdateAgencyRequest(name, nameEn), User, db, clock, ct)).Result, ct);

    public async Task<IActionResult> OnPostCreateTeamAsync(string? code, string? name, string? agency, CancellationToken ct)
    {
        NewTeam = new CreateTeamRequest(code, name, agency);
        return await Done("team", (await TeamEndpoints.CreateAsync(NewTeam, User, db, clock, ct)).Result, ct);
    }

    public async Task<IActionResult> OnPostRenameTeamAsync(string code, string? name, CancellationToken ct) =>
        await Done(code, (await TeamEndpoints.UpdateAsync(code, new UpdateTeamRequest(name), User, db, clock, ct)).Result, ct);

    private async Task<IActionResult> Done(string form, IResult result, CancellationToken ct)
    {
        if (Succeeded(result))
        {
            Flash();
            return Redirect("/staff/admin/agencies");
        }
        Form = form;
        Agencies = (await AgencyEndpoints.ListAsync(db, ct)).Value!;
        return Page();
    }

    public IReadOnlyList<string> ErrorsOf(string form, string field) => Form == form ? ErrorsFor(field) : [];
}
