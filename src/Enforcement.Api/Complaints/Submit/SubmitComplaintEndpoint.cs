using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Enforcement.Api.Complaints.Submit;

internal static class SubmitComplaintEndpoint
{
    public const long MaxRequestBytes = (SubmitComplaintValidator.MaxFiles * (long)SubmitComplaintValidator.MaxFileBytes) + (2 * 1024 * 1024);

    public static RouteHandlerBuilder MapSubmitComplaint(this RouteGroupBuilder group) =>
        group.MapPost("/", SubmitAsync)
            .WithName("SubmitComplaint")
            .WithSummary("File a complaint or a violation tip (public, no login).")
            .WithDescription("JSON, or multipart/form-data with the same field names (dotted, e.g. complainant.fullName) plus up to 10 files of 10 MB. Send an Idempotency-Key header to make retries safe.")
            .Accepts<SubmitComplaintRequest>("application/json", "multipart/form-data")
            .Produces<SubmitComplaintResponse>(StatusCodes.Status201Created)
            .Produces<SubmitComplaintResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .RequireRateLimiting(RateLimits.PublicSubmit);

    internal static async Task<Results<Created<SubmitComplaintResponse>, Ok<SubmitComplaintResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest http,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        SubmitComplaintHandler handler,
        CancellationToken ct)
    {
        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > 100 || idempotencyKey.Any(char.IsControl)))
        {
            return Problems.Validation(new Dictionary<string, string[]> { ["Idempotency-Key"] = [Text.Get("error.idempotencyKey")] });
        }
        var (request, files, readErrors) = await SubmissionReader.ReadAsync(http, ct);
        if (request is null || !readErrors.IsEmpty) return Problems.Validation(readErrors.ToDictionary());

        return await handler.SubmitAsync(request, files, idempotencyKey, "api", ct) switch
        {
            SubmitOutcome.Created c => TypedResults.Created(LocationOf(c.Response), c.Response),
            SubmitOutcome.Replayed r => TypedResults.Ok(r.Response),
            SubmitOutcome.Invalid i => Problems.Validation(i.Errors.ToDictionary()),
            _ => TypedResults.Problem(Text.Get("error.idempotencyMismatch"), statusCode: StatusCodes.Status422UnprocessableEntity, title: Text.Get("error.idempotencyMismatch")),
        };
    }

    private static string LocationOf(SubmitComplaintResponse r) => $"/api/complaints/{r.TrackingCode}?key={Uri.EscapeDataString(r.AccessKey)}";
}
