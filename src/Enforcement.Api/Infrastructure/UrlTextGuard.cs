using Enforcement.Api.Localization;

namespace Enforcement.Api.Infrastructure;

/// <summary>
/// Query strings and route values reach database queries: a NUL (%00) there made PostgreSQL fail with a
/// 500. Any control character in them is refused here, for every endpoint and page, with a 400 naming the parameter.
/// </summary>
internal static class UrlTextGuard
{
    public static WebApplication UseUrlTextGuard(this WebApplication app)
    {
        app.Use(async (ctx, next) =>
        {
            var bad = ctx.Request.Query.Where(q => TextRules.HasControlCharacters(q.Key, false) || q.Value.Any(v => TextRules.HasControlCharacters(v, false))).Select(q => q.Key)
                .Concat(ctx.Request.RouteValues.Where(r => r.Value is string s && TextRules.HasControlCharacters(s, false)).Select(r => r.Key))
                .Distinct().ToList();
            if (bad.Count == 0)
            {
                await next(ctx);
                return;
            }
            var errors = bad.ToDictionary(k => SafeName(k), _ => new[] { Text.Get("error.controlCharacters") });
            await Problems.Validation(errors).ExecuteAsync(ctx);
        });
        return app;
    }

    /// <summary>A parameter name is echoed back, so its own control characters are shown as U+XXXX.</summary>
    private static string SafeName(string name) => string.Concat(name.Select(c => char.IsControl(c) ? $"U+{(int)c:X4}" : c.ToString()));
}
