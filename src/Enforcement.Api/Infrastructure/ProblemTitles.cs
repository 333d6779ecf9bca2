using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Enforcement.Api.Infrastructure;

/// <summary>Gives framework-made problems (401, 403, 404, 413, 500…) a title in the user's language.</summary>
internal static class ProblemTitles
{
    public static void Localize(ProblemDetailsContext ctx)
    {
        // Only the framework's default English titles are replaced; our own titles are already localized.
        var title = ctx.ProblemDetails.Title;
        var isDefault = title is null || title == ReasonPhrases.GetReasonPhrase(ctx.ProblemDetails.Status ?? 0)
            || title.StartsWith("An error occurred", StringComparison.Ordinal) || title.StartsWith("One or more validation", StringComparison.Ordinal);
        var key = !isDefault ? null : ctx.ProblemDetails.Status switch
        {
            StatusCodes.Status400BadRequest => "problem.400",
            StatusCodes.Status401Unauthorized => "problem.401",
            StatusCodes.Status403Forbidden => "problem.403",
            StatusCodes.Status404NotFound => "problem.404",
            StatusCodes.Status405MethodNotAllowed => "problem.405",
            StatusCodes.Status409Conflict => "problem.409",
            StatusCodes.Status413PayloadTooLarge => "problem.413",
            StatusCodes.Status415UnsupportedMediaType => "problem.415",
            StatusCodes.Status500InternalServerError => "problem.500",
            StatusCodes.Status503ServiceUnavailable => "problem.503",
            _ => null,
        };
        if (key is not null) ctx.ProblemDetails.Title = Text.Get(key);
    }
}
