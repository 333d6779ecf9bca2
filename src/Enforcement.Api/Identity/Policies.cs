namespace Enforcement.Api.Identity;

internal static class Policies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "staff";

    /// <summary>Roles that work on individual complaints; which ones they see is decided per row by ComplaintAccess.</summary>
    public const string ComplaintReader = "complaint-reader";

    /// <summary>Who keeps background work running: administrators, and QLTT's supervisors for their cases.</summary>
    public const string Operator = "operator";

    public static readonly string[] OperatorRoles = [Roles.Admin, Roles.Supervisor];

    public static readonly string[] ComplaintReaderRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor, Roles.AgencyLiaison];
}
