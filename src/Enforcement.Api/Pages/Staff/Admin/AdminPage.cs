using Enforcement.Api.Admin;
using Enforcement.Api.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Enforcement.Api.Pages.Staff.Admin;

/// <summary>An administration page: calls the API's handlers and shows their answer, per field where it has fields.</summary>
[Authorize(Policy = Policies.Administrator)]
internal abstract class AdminPage : PageModel
{
    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public string? Message { get; protected set; }

    public IReadOnlyList<string> ErrorsFor(string field) => Errors.TryGetValue(field, out var e) ? e : [];

    /// <summary>True when the handler's answer was a success; otherwise its messages are kept for the form.</summary>
    protected bool Succeeded(IResult result)
    {
        switch (result)
        {
            case ValidationProblem v:
                Errors = v.ProblemDetails.Errors.ToDictionary(e => e.Key, e => e.Value);
                Message = string.Join(" ", Errors.SelectMany(e => e.Value));
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return false;
            case ProblemHttpResult p:
                Message = p.ProblemDetails.Detail ?? p.ProblemDetails.Title;
                Response.StatusCode = p.StatusCode;
                return false;
            default:
                return true;
        }
    }

    protected void Flash(string? message = null) => TempData["admin.message"] = message ?? AdminText.Saved;

    protected void ReadFlash() => Message ??= TempData["admin.message"] as string;
}
