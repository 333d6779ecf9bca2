using System.Security.Claims;

namespace Enforcement.Api.Identity;

/// <summary>What a signed-in staff member carries on every request: who, which role, which agency and team.</summary>
internal static class StaffClaims
{
    public const string AgencyId = "agency_id";
    public const string AgencyKind = "agency_kind";
    public const string TeamId = "team_id";
    public const string FullName = "full_name";
    public const string AgencyCode = "agency_code";
    public const string TeamCode = "team_code";

    /// <summary>The server-side session (<see cref="StaffSession"/>) this sign-in belongs to.</summary>
    public const string SessionId = "sid";

    public static ClaimsPrincipal Create(StaffUser user, Agency agency, string scheme, string sessionId)
    {
        var claims = new List<Claim>
        {
            new(SessionId, sessionId),
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, user.Role),
            new(FullName, user.FullName),
            new(AgencyId, agency.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(AgencyKind, agency.Kind),
            new(AgencyCode, agency.Code),
        };
        if (user.TeamId is { } team) claims.Add(new Claim(TeamId, team.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.Team is { } t) claims.Add(new Claim(TeamCode, t.Code));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static int UserId(this ClaimsPrincipal p) => int.Parse(p.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
    public static string Role(this ClaimsPrincipal p) => p.FindFirstValue(ClaimTypes.Role) ?? "";
    public static int AgencyIdOf(this ClaimsPrincipal p) => int.Parse(p.FindFirstValue(AgencyId) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
    public static string AgencyKindOf(this ClaimsPrincipal p) => p.FindFirstValue(AgencyKind) ?? "";
    public static string AgencyCodeOf(this ClaimsPrincipal p) => p.FindFirstValue(AgencyCode) ?? "";
    public static string? TeamCodeOf(this ClaimsPrincipal p) => p.FindFirstValue(TeamCode);
    public static string? SessionIdOf(this ClaimsPrincipal p) => p.FindFirstValue(SessionId);
    public static string UserName(this ClaimsPrincipal p) => p.FindFirstValue(ClaimTypes.Name) ?? "";
}
