using System.Globalization;
using Enforcement.Api.Data.Seeding;
using Enforcement.Api.Identity;
using Enforcement.Api.Reference;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;

namespace Enforcement.Api.Infrastructure;

/// <summary>Cross-cutting plumbing: clock, problem details, localization, OpenAPI, health.</summary>
internal static class PlatformModule
{
    public static readonly CultureInfo[] Cultures = [new("vi-VN"), new("en-US")];

    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AdministrativeUnitsCache>();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.Section));
        services.AddOptions<ApiDocsOptions>().Bind(configuration.GetSection(ApiDocsOptions.Section));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTitles.Localize);
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Enforcement API";
            doc.Info.Description = "Consumer complaints and market enforcement – Sở Công Thương / Chi cục QLTT. Messages are Vietnamese by default; send Accept-Language: en for English.";
            return Task.CompletedTask;
        }));
        services.AddAutoMapper(cfg => cfg.LicenseKey = configuration["AutoMapper:LicenseKey"], typeof(PlatformModule));
        services.AddResponseCompression(o => o.EnableForHttps = true);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // Vietnamese unless the user picks English (?culture=en, or the cookie the language switch sets);
            // API clients may also ask with Accept-Language.
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(ctx => ctx.Request.Path.StartsWithSegments("/api")
                    ? new AcceptLanguageHeaderRequestCultureProvider().DetermineProviderCultureResult(ctx)
                    : Task.FromResult<ProviderCultureResult?>(null)),
            ];
        });
        return services;
    }

    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseConfiguredForwardedHeaders(); // first: everything after sees the client's address and scheme
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Malformed requests (too large, bad form) are the client's error, never a 500; a deadlock or
            // serialization failure the code did not expect means someone else won: 409, try again; a missing
            // dependency of this server (no Chromium for a PDF) is a 503.
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode
                : Enforcement.Workflows.Runtime.WorkflowRuntime.IsContention(ex) ? StatusCodes.Status409Conflict
                : ex is ServiceUnavailableException ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseUrlTextGuard();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseStaffSessions();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapPlatformEndpoints(this WebApplication app)
    {
        if (ApiDocsOptions.IsEnabled(app.Configuration, app.Environment)) app.MapOpenApi("/openapi/{documentName}.json");
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
