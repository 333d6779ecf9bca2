using Enforcement.Api.Identity.Token;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Enforcement.Api.Identity;

internal static class IdentityModule
{
    private const string CookieOrBearer = "cookie-or-bearer";

    public static IServiceCollection AddStaffIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LockoutOptions>().Bind(configuration.GetSection(LockoutOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IPasswordHasher<StaffUser>, PasswordHasher<StaffUser>>();
        services.AddScoped<LoginService>();
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            .AddPolicyScheme(CookieOrBearer, null, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/staff/login";
                o.LogoutPath = "/staff/logout";
                o.AccessDeniedPath = "/staff/denied";
                o.Cookie.Name = "enf.staff";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // APIs answer 401/403; only pages redirect to the login form.
                o.Events.OnRedirectToLogin = ctx => RedirectOrStatus(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => RedirectOrStatus(ctx, StatusCodes.Status403Forbidden);
            })
            .AddBearerToken(o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.All))
            .AddPolicy(Policies.ComplaintReader, p => p.RequireAuthenticatedUser().RequireRole(Policies.ComplaintReaderRoles))
            .AddPolicy(Policies.Operator, p => p.RequireAuthenticatedUser().RequireRole(Policies.OperatorRoles));
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/auth").WithTags("Identity").MapIssueToken();
        return app;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
