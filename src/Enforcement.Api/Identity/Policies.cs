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

    /// <summary>Who reads the monthly and yearly reports (báo cáo): the department's analysts, QLTT's leadership, administrators.</summary>
    public const string ReportReader = "report-reader";

    /// <summary>An outside agency's liaison: sees its own agency's handoff figures, nothing else of a report.</summary>
    public const string ReportLiaison = "report-liaison";

    /// <summary>
    /// Who signs off and submits a report: QLTT's leadership (supervisors) and administrators. Analysts prepare and read
    /// reports but do not submit them: in Vietnamese practice the head of the Chi cục signs the báo cáo.
    /// </summary>
    public const string ReportSubmitter = "report-submitter";

    /// <summary>System administrators (quản trị hệ thống): users, teams, agencies, the audit and the process definitions.</summary>
    public const string Administrator = "administrator";

    public static readonly string[] ReportReaderRoles = [Roles.Analyst, Roles.Supervisor, Roles.Admin];

    public static readonly string[] ListingWorkerRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor];

    public static readonly string[] OperatorRoles = [Roles.Admin, Roles.Supervisor];

    public static readonly string[] ComplaintReaderRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor, Roles.AgencyLiaison];

    public static readonly string[] GenuineReaderRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor, Roles.Admin];

    public static readonly string[] GenuineEditorRoles = [Roles.TeamLead, Roles.Supervisor, Roles.Admin];

    /// <summary>The role is one of <paramref name="roles"/> and, but for administrators, the user works for the department or QLTT.</summary>
    public static bool IsDepartmentStaffIn(System.Security.Claims.ClaimsPrincipal user, string[] roles) =>
        roles.Any(user.IsInRole) && (user.IsInRole(Roles.Admin) || user.AgencyKindOf() is AgencyKinds.Qltt or AgencyKinds.Department);

    /// <summary>A liaison of an agency outside the department and QLTT.</summary>
    public static bool IsOutsideLiaison(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.AgencyLiaison) && user.AgencyKindOf() is not (AgencyKinds.Qltt or AgencyKinds.Department or "");

    /// <summary>The role is one of <paramref name="roles"/> and, but for administrators, the user belongs to QLTT.</summary>
    public static bool IsQlttStaffIn(System.Security.Claims.ClaimsPrincipal user, string[] roles) =>
        roles.Any(user.IsInRole) && (user.IsInRole(Roles.Admin) || user.AgencyKindOf() == AgencyKinds.Qltt);
}
