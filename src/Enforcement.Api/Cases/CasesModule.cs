using Enforcement.Api.Cases.Definitions;
using Enforcement.Api.Cases.Detail;
using Enforcement.Api.Cases.Files;
using Enforcement.Api.Cases.Notes;
using Enforcement.Api.Cases.Queue;
using Enforcement.Api.Cases.Tasks;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Workflows;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases;

internal static class CasesModule
{
    public static IServiceCollection AddCases(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddScoped<IWorkflowHooks, CaseHooks>();
        services.AddScoped<Records.RecordHooks>();
        services.AddSingleton(Records.ViolationCatalog.Load()); // read and checked now: a bad data file stops the start
        services.AddSingleton<IFieldOptionSource>(sp => sp.GetRequiredService<Records.ViolationCatalog>());
        services.AddSingleton(Approvals.PenaltyCompetence.Load()); // so is the competence table
        services.AddScoped<Approvals.PenaltyApproval>();
        foreach (var source in Records.CodeListSource.All()) services.AddSingleton(source);
        services.AddWorkflows<EnforcementDbContext>(configuration, env.ContentRootPath);
        services.AddScoped<CaseIntake>();
        services.AddHealthChecks().AddCheck<CalendarCoverageCheck>("calendar");
        return services;
    }

    public static IEndpointRouteBuilder MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/staff/tasks").WithTags("Cases: queues and tasks").RequireAuthorization(Policies.ComplaintReader)
            .MapListTasks().MapTaskActions();
        app.MapGroup("/api/staff/cases").WithTags("Cases").RequireAuthorization(Policies.ComplaintReader)
            .MapGetCase().MapCaseActions().MapCaseNotes().MapTaskFiles();
        // The case page signs in with a cookie, which the API refuses: its file links go here.
        app.MapGroup("/staff/complaints").RequireAuthorization(Policies.ComplaintReader).ExcludeFromDescription()
            .MapGet("/{code}/files/{fileId:long}", TaskFileEndpoints.DownloadAsync);
        app.MapGroup("/api/staff/workflows").WithTags("Workflow definitions").RequireAuthorization(Policies.Staff)
            .MapDefinitionEndpoints();
        return app;
    }
}
