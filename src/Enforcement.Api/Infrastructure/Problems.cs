using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Infrastructure;

internal static class Problems
{
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: Text.Get("validation.title"));

    public static ProblemHttpResult NotFound(string detailKey) =>
        TypedResults.Problem(Text.Get(detailKey), statusCode: StatusCodes.Status404NotFound, title: Text.Get(detailKey));
}
