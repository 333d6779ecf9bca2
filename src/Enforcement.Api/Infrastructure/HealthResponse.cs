using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Enforcement.Api.Infrastructure;

internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext ctx, HealthReport report)
    {
        ctx.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(ctx.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, cancellationToken: ctx.RequestAborted);
    }
}
