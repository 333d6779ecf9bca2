using Enforcement.Api.Admin.Organisation;

namespace Enforcement.Api.Pages.Staff.Admin.Users;

/// <summary>What the user form shows: the values typed (or stored), the choices, and the page's per-field messages.</summary>
internal sealed record UserForm(string? FullName, string? Email, string? Role, string? Agency, string? Team, IReadOnlyList<AdminAgency> Agencies, AdminPage Page);
