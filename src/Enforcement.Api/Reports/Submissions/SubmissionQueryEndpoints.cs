using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>Reads submitted reports exactly as they were frozen: the versions, a version's figures, its files' bytes.</summary>
internal static class SubmissionQueryEndpoints
{
    private const string Route = "/{kind:regex(^(monthly|yearly)$)}/{period}/submissions";

    public static RouteGroupBuilder MapSubmissionQueries(this RouteGroupBuilder group)
    {
        group.MapGet(Route, ListAsync).WithName("ListReportSubmissions")
            .WithSummary("A period's due date, whether its first version was on time, and every version with its hashes and changes.")
            .Produces<SubmissionListView>().ProducesProblem(404);
        group.MapGet(Route + "/{version:int}", GetFiguresAsync).WithName("GetReportSubmission")
            .WithSummary("The figures JSON of a submitted version, byte for byte as frozen; X-Content-SHA256 is its hash.")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        group.MapGet(Route + "/{version:int}/{format:regex(^(csv|xlsx|pdf)$)}", DownloadAsync).WithName("DownloadReportSubmission")
            .WithSummary("A submitted version's CSV, XLSX or PDF: the stored bytes; X-Content-SHA256 and Repr-Digest give their hash.")
            .Produces(200).ProducesProblem(404);
        return group;
    }

    internal static async Task<Results<Ok<SubmissionListView>, ProblemHttpResult>> ListAsync(
        string kind, string period, EnforcementDbContext db, ReportDueDates due, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(kind, period, out var p)) return Problems.NotFound("reports.submission.periodNotFound");
        return TypedResults.Ok(await LoadAsync(p, db, due, ct));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetFiguresAsync(
        string kind, string period, int version, HttpContext http, EnforcementDbContext db, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(kind, period, out var p)) return Problems.NotFound("reports.submission.periodNotFound");
        var key = p.ToString();
        var frozen = await db.Set<ReportSubmission>().AsNoTracking().Where(s => s.Kind == p.Kind && s.Period == key && s.Version == version)
            .Select(s => new { s.FiguresJson, s.FiguresSha256 }).FirstOrDefaultAsync(ct);
        if (frozen is null) return Problems.NotFound("reports.submission.notFound");
        http.Response.Headers[SubmissionViews.HashHeader] = frozen.FiguresSha256;
        return TypedResults.Text(frozen.FiguresJson, "application/json", System.Text.Encoding.UTF8);
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string kind, string period, int version, string format, HttpContext http, EnforcementDbContext db, CancellationToken ct)
    {
        if (!ReportPeriod.TryParse(kind, period, out var p)) return Problems.NotFound("reports.submission.periodNotFound");
        var file = await FindFileAsync(p, version, format, db, ct);
        if (file is null) return Problems.NotFound("reports.submission.notFound");
        http.Response.Headers[SubmissionViews.HashHeader] = file.Sha256;
        http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(file.Sha256))}:";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    /// <summary>A period's versions with their files (without the bytes); the report page lists the same.</summary>
    internal static async Task<SubmissionListView> LoadAsync(ReportPeriod p, EnforcementDbContext db, ReportDueDates due, CancellationToken ct)
    {
        var key = p.ToString();
        var versions = await db.Set<ReportSubmission>().AsNoTracking().Where(s => s.Kind == p.Kind && s.Period == key).OrderBy(s => s.Version).ToListAsync(ct);
        var ids = versions.Select(v => v.Id).ToList();
        var files = await db.Set<ReportSubmissionFile>().AsNoTracking().Where(f => ids.Contains(f.SubmissionId))
            .Select(f => new ReportSubmissionFile
            {
                SubmissionId = f.SubmissionId, Format = f.Format, ContentType = f.ContentType, FileName = f.FileName, Sha256 = f.Sha256,
                Length = f.Length, Content = Array.Empty<byte>(),   // the list never loads the bytes
            }).ToListAsync(ct);
        var drafted = await db.Set<ReportDraft>().AsNoTracking().Where(d => d.Kind == p.Kind && d.Period == key).Select(d => (DateTime?)d.CreatedAt).FirstOrDefaultAsync(ct);
        return new SubmissionListView(p.Kind, key, due.OpensOn(p), due.DueDate(p), due.DueAt(p), versions.FirstOrDefault()?.OnTime, drafted,
            [.. versions.Select(v => SubmissionViews.View(v, files.Where(f => f.SubmissionId == v.Id)))]);
    }

    /// <summary>One stored file of a version, with its bytes; null when there is none.</summary>
    internal static Task<ReportSubmissionFile?> FindFileAsync(ReportPeriod p, int version, string format, EnforcementDbContext db, CancellationToken ct)
    {
        var key = p.ToString();
        return db.Set<ReportSubmissionFile>().AsNoTracking()
            .Where(f => f.Format == format && f.Submission!.Kind == p.Kind && f.Submission.Period == key && f.Submission.Version == version)
            .FirstOrDefaultAsync(ct);
    }
}
