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
        services.AddScoped<StaffSessions>();
        // Outside Development every cookie is Secure (TLS ends at the proxy; forwarded headers say so).
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IHostEnvironment>((o, env) => o.Cookie.SecurePolicy = CookiePolicy(env));
        services.AddOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>()
            .Configure<IHostEnvironment>((o, env) => o.Cookie.SecurePolicy = CookiePolicy(env));
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrBearer;
                o.DefaultChallengeScheme = CookieOrBearer;
            })
            // The API takes bearer tokens only: a cookie cannot carry a cross-site request into it.
            .AddPolicyScheme(CookieOrBearer, null, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Path.StartsWithSegments("/api") || ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerTokenDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/staff/login";
                o.LogoutPath = "/staff/logout";
                o.AccessDeniedPath = "/staff/denied";
                o.Cookie.Name = StaffCookie;
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
            .AddPolicy(Policies.Administrator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin))
            .AddPolicy(Policies.Operator, p => p.RequireAuthenticatedUser().RequireRole(Policies.OperatorRoles))
            .AddPolicy(Policies.GenuineReader, p => p.RequireAuthenticatedUser().RequireAssertion(c => Policies.IsQlttStaffIn(c.User, Policies.GenuineReaderRoles)))
            .AddPolicy(Policies.GenuineEditor, p => p.RequireAuthenticatedUser().RequireAssertion(c => Policies.IsQlttStaffIn(c.User, Policies.GenuineEditorRoles)))
            .AddPolicy(Policies.ReportReader, p => p.RequireAuthenticatedUser().RequireAssertion(c => Policies.IsDepartmentStaffIn(c.User, Policies.ReportReaderRoles)))
            .AddPolicy(Policies.ReportLiaison, p => p.RequireAuthenticatedUser().RequireAssertion(c => Policies.IsOutsideLiaison(c.User)))
            .AddPolicy(Policies.ReportSubmitter, p => p.RequireAuthenticatedUser().RequireAssertion(c => Policies.IsQlttStaffIn(c.User, [Roles.Supervisor, Roles.Admin])))
            // Case roles count only inside QLTT: the role name alone does not say which agency a user works for.
            .AddPolicy(Policies.ListingWorker, p => p.RequireAuthenticatedUser().RequireAssertion(ctx =>
                ctx.User.IsInRole(Roles.Admin) || (Policies.ListingWorkerRoles.Any(ctx.User.IsInRole) && ctx.User.AgencyKindOf() == AgencyKinds.Qltt)));
        return services;
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/auth").WithTags("Identity");
        auth.MapIssueToken();
        auth.MapSignOut();
        return app;
    }

    /// <summary>
    /// After authentication: a cookie or token whose session has ended (signed out, account switched off)
    /// counts as no sign-in; answers to staff carry personal data, so none is cached.
    /// </summary>
    public static WebApplication UseStaffSessions(this WebApplication app)
    {
        app.Use(async (ctx, next) =>
        {
            if (ctx.User.Identity?.IsAuthenticated == true && !await ctx.RequestServices.GetRequiredService<StaffSessions>().IsOpenAsync(ctx.User, ctx.RequestAborted))
            {
                ctx.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
                if (ctx.Request.Cookies.ContainsKey(StaffCookie)) ctx.Response.Cookies.Delete(StaffCookie);
            }
            var path = ctx.Request.Path;
            if (path.StartsWithSegments("/staff") || path.StartsWithSegments("/api/staff") || path.StartsWithSegments("/api/admin") || path.StartsWithSegments("/api/auth"))
            {
                ctx.Response.OnStarting(() =>
                {
                    ctx.Response.Headers.CacheControl = "no-store";
                    ctx.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }
            await next(ctx);
        });
        return app;
    }

    public const string StaffCookie = "enf.staff";

    private static CookieSecurePolicy CookiePolicy(IHostEnvironment env) => env.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

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
