using System.Text.RegularExpressions;
using Enforcement.Api.Complaints.Submit;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Admin.Users;

/// <summary>A user's editable fields, checked together: every field's message at once, nothing written unless all pass.</summary>
internal sealed record UserFields(string? FullName, string? Email, string? Role, string? Agency, string? Team);

internal static partial class UserValidation
{
    public static async Task<(Agency? Agency, Team? Team)> CheckAsync(UserFields f, FieldErrors errors, EnforcementDbContext db, CancellationToken ct)
    {
        Text(errors, "fullName", f.FullName, 200, required: true);
        if (!string.IsNullOrWhiteSpace(f.Email) && !SubmitComplaintValidator.IsEmail(f.Email)) errors.Add("email", AdminText.Email);
        if (string.IsNullOrWhiteSpace(f.Role)) errors.Add("role", AdminText.Required);
        else if (!Roles.All.Contains(f.Role.Trim())) errors.Add("role", AdminText.UnknownRole);

        Agency? agency = null;
        if (string.IsNullOrWhiteSpace(f.Agency)) errors.Add("agency", AdminText.Required);
        else
        {
            var code = f.Agency.Trim().ToUpperInvariant();
            if ((agency = await db.Agencies.FirstOrDefaultAsync(a => a.Code == code, ct)) is null) errors.Add("agency", AdminText.UnknownAgency);
        }

        Team? team = null;
        if (!string.IsNullOrWhiteSpace(f.Team))
        {
            var code = f.Team.Trim().ToUpperInvariant();
            team = await db.Teams.FirstOrDefaultAsync(t => t.Code == code, ct);
            if (team is null) errors.Add("team", AdminText.UnknownTeam);
            else if (agency is not null && team.AgencyId != agency.Id) errors.Add("team", AdminText.TeamOfOtherAgency);
        }
        return (agency, team);
    }

    public static void Text(FieldErrors errors, string field, string? value, int max, bool required)
    {
        if (required && TextRules.IsBlank(value)) errors.Add(field, AdminText.Required);
        else if (value is not null && value.Trim().Length > max) errors.Add(field, AdminText.TooLong(max));
        if (TextRules.HasControlCharacters(value, multiline: false)) errors.Add(field, AdminText.ControlCharacters);
    }

    public static string NormalizeUserName(string? userName) => (userName ?? "").Trim().ToLowerInvariant();

    public static bool IsUserName(string userName) => UserNamePattern().IsMatch(userName);

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
