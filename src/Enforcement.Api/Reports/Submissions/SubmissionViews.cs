using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Reports.Submissions;

public sealed record SubmitReportRequest(string? Reason);

/// <summary>One version of a submitted report: who, when, on time, the hashes of what was submitted, and what changed.</summary>
public sealed record SubmissionView(
    string Kind, string Period, int Version, string SubmittedBy, DateTime SubmittedAt, DateOnly DueDate, DateTime DueAt, bool OnTime,
    string FiguresSha256, string? Reason, IReadOnlyList<FigureChange>? Changes, IReadOnlyList<SubmissionFileView> Files);

public sealed record SubmissionFileView(string Format, string ContentType, string FileName, long Length, string Sha256, string Url);

/// <summary>A period's submissions. OnTime is the first version's (null while none is submitted).</summary>
public sealed record SubmissionListView(
    string Kind, string Period, DateOnly OpensOn, DateOnly DueDate, DateTime DueAt, bool? OnTime, DateTime? DraftedAt,
    IReadOnlyList<SubmissionView> Versions);

internal static class SubmissionViews
{
    public const string HashHeader = "X-Content-SHA256";

    public static string BasePath(ReportPeriod p) => $"/api/staff/reports/{p.Kind}/{p}/submissions";

    /// <summary>"tháng 10/2026" or "năm 2026" (and the English words).</summary>
    public static string Label(ReportPeriod p) => p.Month is { } m
        ? Text.Format("reports.submission.month", m.ToString("D2", CultureInfo.InvariantCulture), p.Year)
        : Text.Format("reports.submission.year", p.Year);

    public static string Day(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static SubmissionView View(ReportSubmission s, IEnumerable<ReportSubmissionFile> files)
    {
        var changes = s.ChangesJson is null ? null : JsonSerializer.Deserialize<List<FigureChange>>(s.ChangesJson, JsonSerializerOptions.Web);
        var path = $"/api/staff/reports/{s.Kind}/{s.Period}/submissions/{s.Version}";
        return new(s.Kind, s.Period, s.Version, s.SubmittedBy, s.SubmittedAt, s.DueDate, s.DueAt, s.OnTime, s.FiguresSha256, s.Reason, changes,
            [.. files.OrderBy(f => ReportFormats.Files.ToList().IndexOf(f.Format))
                .Select(f => new SubmissionFileView(f.Format, f.ContentType, f.FileName, f.Length, f.Sha256, $"{path}/{f.Format}"))]);
    }

    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    public static string Sha256Hex(string text) => Sha256Hex(System.Text.Encoding.UTF8.GetBytes(text));

    public static JsonNode? Node(string json) => JsonNode.Parse(json);
}
