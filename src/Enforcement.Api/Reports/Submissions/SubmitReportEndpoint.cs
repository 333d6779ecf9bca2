using System.Security.Claims;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>
/// Submits a closed period: its figures, and each output rendered from them, are stored with their SHA-256 in one
/// transaction. A period already submitted gets version n+1, with a reason and the changes; identical figures are refused.
/// </summary>
internal static class SubmitReportEndpoint
{
    public const int MaxReason = 2000;

    public static RouteGroupBuilder MapSubmitReport(this RouteGroupBuilder group)
    {
        group.MapPost("/{kind:regex(^(monthly|yearly)$)}/{period}/submissions", SubmitAsync).WithName("SubmitReport")
            .WithSummary("Submits (freezes) a closed month or year; a second submission is version n+1 and needs a reason.")
            .RequireAuthorization(Policies.ReportSubmitter)
            .Produces<SubmissionView>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409);
        return group;
    }

    internal static async Task<Results<Created<SubmissionView>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        string kind, string period, SubmitReportRequest? request, ClaimsPrincipal user, EnforcementDbContext db, IReportFigures figures,
        IReportOutputs outputs, ReportDueDates due, IOptions<HttpJsonOptions> json, TimeProvider clock, CancellationToken ct)
    {
        if (!SubmissionViews.TryPeriod(kind, period, out var p)) return Problems.NotFound("reports.submission.periodNotFound");
        if (!due.IsOpen(p, clock)) return SubmissionViews.Conflict("reports.submission.notClosed", SubmissionViews.Label(p), SubmissionViews.Day(due.OpensOn(p)));

        var reason = string.IsNullOrWhiteSpace(request?.Reason) ? null : request.Reason.Trim();
        var key = p.ToString();
        var previous = await db.Set<ReportSubmission>().AsNoTracking().Where(s => s.Kind == p.Kind && s.Period == key)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        var errors = new FieldErrors();
        if (previous is not null && reason is null) errors.Add("reason", Text.Format("reports.submission.reasonRequired", previous.Version));
        errors.MaxLength("reason", reason, MaxReason);
        errors.NoControlCharacters("reason", reason, multiline: true);
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());

        var built = await figures.BuildAsync(p, ct);
        var figuresJson = JsonSerializer.Serialize(built, json.Value.SerializerOptions);
        List<FigureChange>? changes = null;
        if (previous is not null)
        {
            changes = FiguresDiff.Compare(previous.FiguresJson, figuresJson);
            if (changes.Count == 0) return SubmissionViews.Conflict("reports.submission.unchanged", previous.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var dueAt = due.DueAt(p);
        var submission = new ReportSubmission
        {
            Kind = p.Kind, Period = key, Version = (previous?.Version ?? 0) + 1, FiguresJson = figuresJson,
            FiguresSha256 = SubmissionViews.Sha256Hex(figuresJson), SubmittedBy = user.UserName(), SubmittedAt = now,
            DueDate = due.DueDate(p), DueAt = dueAt, OnTime = now < dueAt, Reason = reason,
            ChangesJson = changes is null ? null : JsonSerializer.Serialize(changes, JsonSerializerOptions.Web),
        };
        db.Add(submission);
        var files = new List<ReportSubmissionFile>();
        foreach (var format in ReportFormats.Files)
        {
            var file = await outputs.RenderAsync(built, format, ct);
            files.Add(new ReportSubmissionFile
            {
                Submission = submission, Format = format, ContentType = file.ContentType, FileName = file.FileName,
                Sha256 = SubmissionViews.Sha256Hex(file.Content), Length = file.Content.LongLength, Content = file.Content,
            });
        }
        db.AddRange(files);
        try
        {
            await db.SaveChangesAsync(ct);   // one transaction: the submission and its three files, or nothing
        }
        catch (DbUpdateException)
        {
            // The unique (Kind, Period, Version) key: someone submitted this version a moment ago (a double click).
            return SubmissionViews.Conflict("reports.submission.concurrent", submission.Version);
        }
        return TypedResults.Created($"{SubmissionViews.BasePath(p)}/{submission.Version}", SubmissionViews.View(submission, files));
    }
}
