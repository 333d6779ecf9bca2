namespace Enforcement.Api.Infrastructure;

/// <summary>The OpenAPI document and Swagger UI map the whole API for whoever asks: on in Development, off elsewhere unless turned on.</summary>
internal sealed class ApiDocsOptions
{
    public const string Section = "ApiDocs";

    public bool? Enabled { get; set; }

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment env) =>
        configuration.GetSection(Section).Get<ApiDocsOptions>()?.Enabled ?? env.IsDevelopment();
}
