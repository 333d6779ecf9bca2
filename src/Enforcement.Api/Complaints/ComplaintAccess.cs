using System.Security.Claims;
using Enforcement.Api.Identity;

namespace Enforcement.Api.Complaints;

/// <summary>
/// Row-level access to complaints. QLTT case workers see QLTT's complaints; a liaison of another agency
/// sees only complaints handed to that agency. Everyone else sees none (analysts get aggregates elsewhere).
/// </summary>
internal static class ComplaintAccess
{
    private static readonly string[] QlttCaseRoles = [Roles.Inspector, Roles.TeamLead, Roles.Supervisor];

    public static IQueryable<Complaint> VisibleTo(this IQueryable<Complaint> complaints, ClaimsPrincipal user)
    {
        var role = user.Role();
        if (QlttCaseRoles.Contains(role) && user.AgencyKindOf() == AgencyKinds.Qltt) return complaints;
        if (role == Roles.AgencyLiaison)
        {
            var agencyId = user.AgencyIdOf();
            return complaints.Where(c => c.AgencyGrants.Any(g => g.AgencyId == agencyId));
        }
        return complaints.Where(_ => false);
    }
}
