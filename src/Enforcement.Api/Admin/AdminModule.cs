using Enforcement.Api.Admin.Audit;
using Enforcement.Api.Admin.Incidents;
using Enforcement.Api.Admin.Organisation;
using Enforcement.Api.Admin.Users;
using Enforcement.Api.Identity;

namespace Enforcement.Api.Admin;

internal static class AdminModule
{
    public static IEndpointRouteBuilder MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/admin/incidents").WithTags("Administration: incidents").RequireAuthorization(Policies.Operator)
            .MapIncidentEndpoints();
        var admin = app.MapGroup("/api/staff/admin").RequireAuthorization(Policies.Administrator);
        admin.MapGroup("/users").WithTags("Administration: users").MapUserEndpoints();
        admin.MapGroup("/agencies").WithTags("Administration: agencies and teams").MapAgencyEndpoints();
        admin.MapGroup("/teams").WithTags("Administration: agencies and teams").MapTeamEndpoints();
        admin.MapGroup("/audit").WithTags("Administration: audit").MapAuditEndpoints();
        return app;
    }
}
