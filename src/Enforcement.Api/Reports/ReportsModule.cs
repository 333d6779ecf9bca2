using Enforcement.Api.Reports.Figures;
using Enforcement.Api.Reports.Outputs;
using Enforcement.Api.Reports.Submissions;

namespace Enforcement.Api.Reports;

/// <summary>Monthly and yearly reports (báo cáo tháng, năm) for the department's leadership.</summary>
internal static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportsOptions>().Bind(configuration.GetSection(ReportsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IReportFigures, ReportFiguresQuery>();
        services.AddReportOutputs(configuration);
        services.AddReportSubmissions(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/staff/reports").WithTags("Reports").MapGetReports();
        app.MapReportSubmissionEndpoints();
        return app;
    }
}
