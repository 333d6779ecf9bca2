namespace Enforcement.Api.Identity;

internal static class Policies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "staff";

    /// <summary>Roles that work on individual complaints; which ones they see is decided per row by ComplaintAccess.</summary>
    public const string ComplaintReader = "complaint-reader";

    /// <summary>Who keeps background work running: administrators, and QLTT's supervisors for their cases.</summary>
    public const string Operator = "operator";

    /// <summary>Marketplace listing work (import, search, risk, links): QLTT's own staff and administrators, never another agency's liaison.</summary>
    public const string ListingWorker = "listing-worker";

    public static readonly string[] ListingWorkerRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor];

    public static readonly string[] OperatorRoles = [Roles.Admin, Roles.Supervisor];

    public static readonly string[] ComplaintReaderRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor, Roles.AgencyLiaison];
}
