using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>
/// What a submission came to: the new version, per-field errors (the reason), or a refusal (409: not closed,
/// identical figures, a concurrent submission). Exactly one is set.
/// </summary>
internal sealed record SubmitOutcome(SubmissionView? Created, IReadOnlyDictionary<string, string[]>? Errors, string? Refusal);

/// <summary>
/// The use case "nộp báo cáo", shared by the API (bearer) and the report page (cookie + antiforgery): a closed
/// period's figures, and each output rendered from them, stored with their SHA-256 in one transaction. A period
/// already submitted gets version n+1, with a reason and the changes; identical figures are refused.
/// </summary>
internal sealed class SubmitReport(
    EnforcementDbContext db, IReportFigures figures, IReportOutputs outputs, ReportDueDates due,
    IOptions<HttpJsonOptions> json, TimeProvider clock)
{
    public const int MaxReason = 2000;

    public async Task<SubmitOutcome> SubmitAsync(ReportPeriod p, string? requestedReason, string userName, CancellationToken ct)
    {
        if (!due.IsOpen(p, clock)) return Refused("reports.submission.notClosed", SubmissionViews.Label(p), SubmissionViews.Day(due.OpensOn(p)));

        var reason = string.IsNullOrWhiteSpace(requestedReason) ? null : requestedReason.Trim();
        var key = p.ToString();
        var previous = await db.Set<ReportSubmission>().AsNoTracking().Where(s => s.Kind == p.Kind && s.Period == key)
            .OrderByDescending(s => s.Version).FirstOrDefaultAsync(ct);
        var errors = new FieldErrors();
        if (previous is not null && reason is null) errors.Add("reason", Text.Format("reports.submission.reasonRequired", previous.Version));
        errors.MaxLength("reason", reason, MaxReason);
        errors.NoControlCharacters("reason", reason, multiline: true);
        if (!errors.IsEmpty) return new(null, errors.ToDictionary(), null);

        var built = await figures.BuildAsync(p, ct);
        var figuresJson = JsonSerializer.Serialize(built, json.Value.SerializerOptions);
        List<FigureChange>? changes = null;
        if (previous is not null)
        {
            changes = FiguresDiff.Compare(previous.FiguresJson, figuresJson);
            if (changes.Count == 0) return Refused("reports.submission.unchanged", previous.Version);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var dueAt = due.DueAt(p);
        var submission = new ReportSubmission
        {
            Kind = p.Kind, Period = key, Version = (previous?.Version ?? 0) + 1, FiguresJson = figuresJson,
            FiguresSha256 = SubmissionViews.Sha256Hex(figuresJson), SubmittedBy = userName, SubmittedAt = now,
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
            db.ChangeTracker.Clear();
            return Refused("reports.submission.concurrent", submission.Version);
        }
        return new(SubmissionViews.View(submission, files), null, null);
    }

    private static SubmitOutcome Refused(string key, params object[] args) => new(null, null, Text.Format(key, args));
}
