namespace Enforcement.Api.Identity;

internal static class Policies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "staff";

    /// <summary>Roles that work on individual complaints; which ones they see is decided per row by ComplaintAccess.</summary>
    public const string ComplaintReader = "complaint-reader";

    /// <summary>Who keeps background work running: administrators, and QLTT's supervisors for their cases.</summary>
    public const string Operator = "operator";

    /// <summary>QLTT staff who work listings read genuine-product reference data; outside-agency liaisons do not.</summary>
    public const string GenuineReader = "genuine-reader";

    /// <summary>Team leads and above keep genuine-product reference data.</summary>
    public const string GenuineEditor = "genuine-editor";
    /// <summary>Marketplace listing work (import, search, risk, links): QLTT's own staff and administrators, never another agency's liaison.</summary>
    public const string ListingWorker = "listing-worker";

    /// <summary>Reports and the leadership dashboard: analysts, supervisors and administrators.</summary>
    public const string ReportReader = "report-reader";

    public static readonly string[] ReportReaderRoles = [Roles.Analyst, Roles.Supervisor, Roles.Admin];

    public static readonly string[] ListingWorkerRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor];

    public static readonly string[] OperatorRoles = [Roles.Admin, Roles.Supervisor];

    public static readonly string[] ComplaintReaderRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor, Roles.AgencyLiaison];

    public static readonly string[] GenuineReaderRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor, Roles.Admin];

    public static readonly string[] GenuineEditorRoles = [Roles.TeamLead, Roles.Supervisor, Roles.Admin];

    /// <summary>The role is one of <paramref name="roles"/> and, but for administrators, the user belongs to QLTT.</summary>
    public static bool IsQlttStaffIn(System.Security.Claims.ClaimsPrincipal user, string[] roles) =>
        roles.Any(user.IsInRole) && (user.IsInRole(Roles.Admin) || user.AgencyKindOf() == AgencyKinds.Qltt);
}
