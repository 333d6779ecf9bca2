using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Localization;

namespace Enforcement.Api.Web;

/// <summary>Server-rendered Razor Pages: the public complaint form and status page, and the staff shell.</summary>
internal static class WebUiModule
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        // Vietnamese text is written as text, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
            o.Conventions.AllowAnonymousToPage("/Staff/Denied");
        });
        return services;
    }

    public static WebApplication MapWebUi(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/language", SwitchLanguage).ExcludeFromDescription();
        if (ApiDocsOptions.IsEnabled(app.Configuration, app.Environment)) app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "api/docs";
            o.SwaggerEndpoint("/openapi/v1.json", "Enforcement API v1");
            o.DocumentTitle = "Enforcement API";
        });
        return app;
    }

    /// <summary>Remembers the chosen language in the culture cookie for a year, then returns to the page.</summary>
    internal static IResult SwitchLanguage(string? lang, string? returnUrl, HttpContext http)
    {
        var culture = lang == "en" ? PlatformModule.Cultures[1] : PlatformModule.Cultures[0];
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
        return Results.LocalRedirect(target);
    }
}
