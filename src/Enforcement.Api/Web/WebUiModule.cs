using Enforcement.Api.Identity;

namespace Enforcement.Api.Web;

/// <summary>Server-rendered Razor Pages: the public complaint form and status page, and the staff shell.</summary>
internal static class WebUiModule
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
            o.Conventions.AllowAnonymousToPage("/Staff/Login");
            o.Conventions.AllowAnonymousToPage("/Staff/Denied");
        });
        return services;
    }

    public static IEndpointRouteBuilder MapWebUi(this IEndpointRouteBuilder app)
    {
        app.MapRazorPages();
        app.MapGet("/api/docs", () => Results.Redirect("/swagger/index.html")).ExcludeFromDescription();
        return app;
    }
}
