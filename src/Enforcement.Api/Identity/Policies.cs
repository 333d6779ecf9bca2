namespace Enforcement.Api.Identity;

internal static class Policies
{
    /// <summary>Any signed-in staff member.</summary>
    public const string Staff = "staff";

    /// <summary>Roles that work on individual complaints; which ones they see is decided per row by ComplaintAccess.</summary>
    public const string ComplaintReader = "complaint-reader";

    public static readonly string[] ComplaintReaderRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor, Roles.AgencyLiaison];
}
