using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Api.Infrastructure;

/// <summary>Gives framework-made problems (401, 403, 404, 413, 500…) a title in the user's language.</summary>
internal static class ProblemTitles
{
    public static void Localize(ProblemDetailsContext ctx)
    {
        var key = ctx.ProblemDetails.Status switch
        {
            StatusCodes.Status400BadRequest when ctx.ProblemDetails.Title is null or "Bad Request" => "problem.400",
            StatusCodes.Status401Unauthorized => "problem.401",
            StatusCodes.Status403Forbidden => "problem.403",
            StatusCodes.Status404NotFound when ctx.ProblemDetails.Title is null or "Not Found" => "problem.404",
            StatusCodes.Status405MethodNotAllowed => "problem.405",
            StatusCodes.Status413PayloadTooLarge => "problem.413",
            StatusCodes.Status415UnsupportedMediaType => "problem.415",
            StatusCodes.Status500InternalServerError => "problem.500",
            _ => null,
        };
        if (key is not null) ctx.ProblemDetails.Title = Text.Get(key);
    }
}
