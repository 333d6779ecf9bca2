using AutoMapper;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Complaints;

[Authorize(Policy = Policies.ComplaintReader)]
internal sealed class DetailModel(EnforcementDbContext db, IMapper mapper, AdministrativeUnitsCache units) : PageModel
{
    public ComplaintDetail Complaint { get; private set; } = null!;
    public string Place { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        // Not visible and not existing look the same, as in the API.
        if (await GetComplaintEndpoint.FindAsync(code, User, db, mapper, ct) is not { } complaint) return NotFound();
        Complaint = complaint;
        var all = await units.GetAsync(ct);
        var ward = all.Wards.TryGetValue(complaint.WardCode, out var w) ? w.Name : complaint.WardCode;
        Place = $"{ward}, {all.ProvinceNames.GetValueOrDefault(complaint.ProvinceCode, complaint.ProvinceCode)}";
        return Page();
    }

    public static string Vnd(long amount) => amount.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " ₫";
}
