using Enforcement.Api.Cases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Web;

/// <summary>Pages call the API's handlers; this turns their answer into one line for the page.</summary>
internal static class ApiAnswer
{
    public static string Describe(IResult result) => result switch
    {
        Ok<ActionResponse> or Ok<Admin.Incidents.IncidentActionResponse> => Localization.Text.Pick("Đã cập nhật.", "Saved."),
        ValidationProblem v => string.Join(" ", v.ProblemDetails.Errors.SelectMany(e => e.Value)),
        ProblemHttpResult p => p.ProblemDetails.Detail ?? p.ProblemDetails.Title ?? "",
        _ => "",
    };
}
