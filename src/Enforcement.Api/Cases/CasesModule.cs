using Enforcement.Api.Data;
using Enforcement.Workflows;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases;

internal static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddScoped<IWorkflowHooks, CaseHooks>();
        services.AddWorkflows<EnforcementDbContext>(configuration, env.ContentRootPath);
        services.AddScoped<CaseIntake>();
        return services;
    }
}
