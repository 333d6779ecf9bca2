using System.Security.Claims;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>POST …/submissions: the API face of <see cref="SubmitReport"/> (the report page is the other).</summary>
internal static class SubmitReportEndpoint
{
    public static RouteGroupBuilder MapSubmitReport(this RouteGroupBuilder group)
    {
        group.MapPost("/{kind:regex(^(monthly|yearly)$)}/{period}/submissions", SubmitAsync).WithName("SubmitReport")
            .WithSummary("Submits (freezes) a closed month or year; a second submission is version n+1 and needs a reason.")
            .RequireAuthorization(Policies.ReportSubmitter)
            .Produces<SubmissionView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        return group;
    }

    internal static async Task<Results<Created<SubmissionView>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string kind, string period, SubmitReportRequest? request, ClaimsPrincipal user, SubmitReport submit, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(kind, period, out var p)) return Problems.NotFound("reports.submission.periodNotFound");
        var outcome = await submit.SubmitAsync(p, request?.Reason, user.UserName(), ct);
        if (outcome.Errors is not null) return Problems.Validation(outcome.Errors);
        if (outcome.Refusal is not null)
            return TypedResults.Problem(outcome.Refusal, statusCode: StatusCodes.Status409Conflict, title: outcome.Refusal);
        var created = outcome.Created!;
        return TypedResults.Created($"{SubmissionViews.BasePath(p)}/{created.Version}", created);
    }
}
