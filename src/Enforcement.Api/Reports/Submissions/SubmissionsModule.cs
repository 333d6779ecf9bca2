using Enforcement.Api.Identity;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>Frozen report submissions, their due dates and timeliness, and the job that drafts them.</summary>
internal static class SubmissionsModule
{
    /// <summary>Read submitted reports and timeliness: analysts, supervisors, administrators (as the live reports).</summary>
    public const string ReaderPolicy = "report-submission-reader";

    /// <summary>
    /// Sign off and submit: the Sub-department's leadership (supervisors of QLTT) and administrators. Analysts prepare
    /// and read reports but do not submit them: in Vietnamese practice the head of the Chi cục signs the báo cáo.
    /// </summary>
    public const string SubmitterPolicy = "report-submitter";

    public static IServiceCollection AddReportSubmissions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportSubmissionOptions>().Bind(configuration.GetSection(ReportSubmissionOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.DatesAreValid(), "Reports:Submission: YearlyDueDate and YearlyOpensDate are MM-dd days of every year (not 02-29), opening on or before the due date, and Responsible names someone.")
            .ValidateOnStart();
        services.AddSingleton<ReportDueDates>();
        services.AddScoped<ReportDrafter>();
        services.AddSingleton<ReportDraftWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ReportDraftWorker>());
        services.AddAuthorizationBuilder()
            .AddPolicy(ReaderPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c =>
                c.User.IsInRole(Roles.Admin) || c.User.IsInRole(Roles.Analyst) || Policies.IsQlttStaffIn(c.User, [Roles.Supervisor])))
            .AddPolicy(SubmitterPolicy, p => p.RequireAuthenticatedUser().RequireAssertion(c => Policies.IsQlttStaffIn(c.User, [Roles.Supervisor, Roles.Admin])));
        return services;
    }

    public static IEndpointRouteBuilder MapReportSubmissionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff/reports").WithTags("Reports").RequireAuthorization(ReaderPolicy);
        group.MapSubmitReport().MapSubmissionQueries().MapTimeliness();
        return app;
    }
}
