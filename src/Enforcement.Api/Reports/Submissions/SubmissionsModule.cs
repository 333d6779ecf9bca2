using Enforcement.Api.Identity;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>Frozen report submissions, their due dates and timeliness, and the job that drafts them.</summary>
internal static class SubmissionsModule
{
    public static IServiceCollection AddReportSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportSubmissionOptions>().Bind(configuration.GetSection(ReportSubmissionOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.DatesAreValid(), "Reports:Submission: YearlyDueDate and YearlyOpensDate are MM-dd days of every year (not 02-29), opening on or before the due date, and Responsible names someone.")
            .ValidateOnStart();
        services.AddSingleton<ReportDueDates>();
        services.AddScoped<ReportDrafter>();
        services.AddScoped<SubmitReport>();
        services.AddSingleton<ReportDraftWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReportDraftWorker>());
        return services;
    }

    public static IEndpointRouteBuilder MapReportSubmissionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff/reports").WithTags("Reports").RequireAuthorization(Policies.ReportReader);
        group.MapSubmitReport().MapSubmissionQueries().MapTimeliness();
        return app;
    }
}
