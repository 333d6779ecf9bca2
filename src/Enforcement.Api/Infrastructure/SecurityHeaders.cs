using Microsoft.Net.Http.Headers;

namespace Enforcement.Api.Infrastructure;

/// <summary>
/// Headers on every response: no MIME sniffing, a strict referrer policy, and a Content-Security-Policy that
/// allows only the app's own scripts (no inline script anywhere, Swagger UI included). A response that sets
/// its own policy keeps it (attachment downloads send "sandbox"). HSTS outside Development.
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy = Common + "style-src 'self'";

    /// <summary>Swagger UI adds a &lt;style&gt; element at run time; its scripts stay 'self' only.</summary>
    public const string DocsPolicy = Common + "style-src 'self' 'unsafe-inline'";

    private const string Common = "default-src 'self'; script-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; ";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Sent only on HTTPS requests and never to localhost (HstsOptions' defaults).
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state => Apply((HttpResponse)state), context.Response);
            return next(context);
        });
        return app;
    }

    private static Task Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (!headers.ContainsKey(HeaderNames.ContentSecurityPolicy))
            headers.ContentSecurityPolicy = response.HttpContext.Request.Path.StartsWithSegments("/api/docs") ? DocsPolicy : Policy;
        return Task.CompletedTask;
    }
}
