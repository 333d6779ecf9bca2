namespace Enforcement.Api.Reports.Outputs;

internal static class ReportOutputsModule
{
    /// <summary>The report document (HTML), its files and the Reports:Document options, checked on start.
    /// PDFs use the evidence capturer's Chromium (AddEvidence registers it).</summary>
    public static IServiceCollection AddReportOutputs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportDocumentOptions>().Bind(configuration.GetSection(ReportDocumentOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReportHtml>();
        services.AddSingleton<ReportPdf>();
        services.AddSingleton<IReportOutputs, ReportOutputs>();
        return services;
    }
}
