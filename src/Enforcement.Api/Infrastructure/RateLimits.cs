using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace Enforcement.Api.Infrastructure;

internal sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Submissions (POST) per client per window.</summary>
    [Range(1, 1_000_000)] public int SubmitPermits { get; set; } = 10;

    /// <summary>Status look-ups and other public reads per client per window.</summary>
    [Range(1, 1_000_000)] public int ReadPermits { get; set; } = 120;

    /// <summary>Sign-in attempts per client per window.</summary>
    [Range(1, 1_000_000)] public int LoginPermits { get; set; } = 20;

    [Range(1, 86_400)] public int WindowSeconds { get; set; } = 60;
}

/// <summary>Per-client limits on the public surface; the client is its IP address.</summary>
internal static class RateLimits
{
    public const string PublicSubmit = "public-submit";
    public const string PublicRead = "public-read";
    public const string Login = "login";

    public static IServiceCollection AddPublicRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var o = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            r.OnRejected = async (ctx, ct) =>
            {
                if (ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    ctx.HttpContext.Response.Headers.RetryAfter = ((int)retry.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await TypedResults.Problem(Text.Get("error.rateLimited"), statusCode: 429, title: Text.Get("error.rateLimited")).ExecuteAsync(ctx.HttpContext);
            };
            // Only POSTs count towards the submit limit, so the form page itself can be viewed freely.
            r.AddPolicy(PublicSubmit, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? Window(ctx, PublicSubmit, o.SubmitPermits, o.WindowSeconds)
                : RateLimitPartition.GetNoLimiter("get"));
            r.AddPolicy(PublicRead, ctx => Window(ctx, PublicRead, o.ReadPermits, o.WindowSeconds));
            r.AddPolicy(Login, ctx => HttpMethods.IsPost(ctx.Request.Method)
                ? Window(ctx, Login, o.LoginPermits, o.WindowSeconds)
                : RateLimitPartition.GetNoLimiter("get"));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(HttpContext ctx, string policy, int permits, int seconds) =>
        RateLimitPartition.GetFixedWindowLimiter($"{policy}:{ctx.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(seconds),
            QueueLimit = 0,
        });
}
