using Enforcement.Api.Admin.Incidents;
using Enforcement.Api.Identity;

namespace Enforcement.Api.Admin;

internal static class AdminModule
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin/incidents").WithTags("Administration: incidents").RequireAuthorization(Policies.Operator)
            .MapIncidentEndpoints();
        return app;
    }
}
