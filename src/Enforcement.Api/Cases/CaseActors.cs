using System.Security.Claims;
using Enforcement.Api.Identity;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases;

internal static class CaseActors
{
    public static WorkflowActor ToActor(this ClaimsPrincipal user) =>
        new(user.UserName(), user.Role(), user.AgencyCodeOf(), user.TeamCodeOf());

    /// <summary>A task is visible to staff of the agency it sits with; nobody else learns it exists.</summary>
    public static IQueryable<WorkflowTask> VisibleTo(this IQueryable<WorkflowTask> tasks, ClaimsPrincipal user)
    {
        var agency = user.AgencyCodeOf();
        return tasks.Where(t => t.Agency == agency);
    }
}
