using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Infrastructure;

/// <summary>The reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed. None by default.</summary>
internal sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy IP addresses, e.g. "10.0.0.2".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var ip in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new($"{Section}:{nameof(KnownProxies)}: '{ip}' is not an IP address.", [nameof(KnownProxies)]);
        foreach (var cidr in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
            yield return new($"{Section}:{nameof(KnownNetworks)}: '{cidr}' is not a network in CIDR notation (e.g. 10.0.0.0/24).", [nameof(KnownNetworks)]);
    }
}

/// <summary>
/// Behind a proxy every client has the proxy's address, and the per-IP rate limits become one bucket.
/// Forwarded headers are honoured only from configured proxies; ASP.NET's default trust of loopback is dropped.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public static IServiceCollection AddForwardedHeadersFromConfiguration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ForwardedHeadersSettings>().Bind(configuration.GetSection(ForwardedHeadersSettings.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((o, settings) =>
        {
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in settings.Value.KnownProxies) if (IPAddress.TryParse(p, out var ip)) o.KnownProxies.Add(ip);
            foreach (var n in settings.Value.KnownNetworks) if (System.Net.IPNetwork.TryParse(n, out var net)) o.KnownIPNetworks.Add(net);
            // The middleware reads empty lists as "trust everyone", so with no proxy it must forward nothing.
            o.ForwardedHeaders = o.KnownProxies.Count + o.KnownIPNetworks.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Walk back through every trusted hop; the first untrusted address is the client.
            o.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it (rate limits, logs, redirects) sees the client.</summary>
    public static WebApplication UseConfiguredForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }
}
