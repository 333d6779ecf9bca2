using Enforcement.Api.Evidence.Capture;
using Enforcement.Api.Evidence.Export;
using Enforcement.Api.Evidence.Read;
using Enforcement.Api.Evidence.Request;
using Enforcement.Api.Evidence.Verify;
using Enforcement.Api.Identity;
using Enforcement.Evidence;
using Enforcement.Evidence.Integrity;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Evidence;

internal static class EvidenceModule
{
    public static IServiceCollection AddEvidence(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddOptions<EvidenceOptions>().Bind(configuration.GetSection(EvidenceOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.LeaseSeconds > o.CaptureTimeoutSeconds + 30, "Evidence:LeaseSeconds must exceed Evidence:CaptureTimeoutSeconds by more than 30 s, or a slow capture could outlast its lease and run twice.")
            .PostConfigure(o =>
            {
                // Relative paths sit beside the embedded database, under the app's folder.
                o.StoreRoot = Path.GetFullPath(o.StoreRoot, env.ContentRootPath);
                o.SigningKeyPath = Path.GetFullPath(o.SigningKeyPath, env.ContentRootPath);
            })
            .ValidateOnStart();
        services.AddOptions<CaptureQueueOptions>().Bind(configuration.GetSection(CaptureQueueOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddEvidenceCapture();
        services.AddSingleton<IEvidenceStore, FileEvidenceStore>();
        services.AddHttpClient("tsa", c => c.Timeout = TimeSpan.FromSeconds(20));
        services.AddSingleton<EvidenceKeys>();
        services.AddSingleton<CaptureSignal>();
        services.AddScoped<CaptureProcessor>();
        services.AddScoped<ListingCaptures>();
        services.AddSingleton<CaptureWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<CaptureWorker>());
        return services;
    }

    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/staff").WithTags("Evidence").RequireAuthorization(Policies.ComplaintReader)
            .MapRequestCapture().MapGetEvidence().MapVerifyEvidence().MapExportEvidence();
        // The same handlers for the case page, which signs in with a cookie (the API takes bearer tokens only).
        var web = app.MapGroup("/staff/evidence").RequireAuthorization(Policies.ComplaintReader).ExcludeFromDescription();
        web.MapGet("/{id:long}/artifacts/{kind}", GetEvidenceEndpoints.ArtifactAsync);
        web.MapGet("/{id:long}/export", ExportEvidenceEndpoint.ExportAsync);
        web.MapGet("/public-key", ExportEvidenceEndpoint.PublicKey);
        return app;
    }
}
