namespace Enforcement.Api.Reports.Submissions;

/// <summary>
/// A submitted report (báo cáo đã nộp), frozen: the figures as JSON and each output's bytes with their SHA-256.
/// Rows are only inserted; a correction is a new version (phiên bản) with the reason and what changed.
/// </summary>
internal sealed class ReportSubmission
{
    public long Id { get; set; }

    /// <summary><see cref="ReportPeriod.Monthly"/> or <see cref="ReportPeriod.Yearly"/>.</summary>
    public required string Kind { get; set; }

    /// <summary><c>yyyy-MM</c> or <c>yyyy</c>.</summary>
    public required string Period { get; set; }

    /// <summary>1, 2, …: unique per (Kind, Period).</summary>
    public int Version { get; set; }

    /// <summary>The figures as the app's JSON serializes them at the moment of submission.</summary>
    public required string FiguresJson { get; set; }
    public required string FiguresSha256 { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTime SubmittedAt { get; set; }

    /// <summary>The last day to submit (Vietnam calendar) and the instant it ends (exclusive), in UTC.</summary>
    public DateOnly DueDate { get; set; }
    public DateTime DueAt { get; set; }

    /// <summary>This version was submitted before <see cref="DueAt"/>; the report's timeliness is version 1's.</summary>
    public bool OnTime { get; set; }

    /// <summary>A JSON list of <see cref="FigureChange"/> against the previous version; null for version 1.</summary>
    public string? ChangesJson { get; set; }

    /// <summary>Why the report was re-issued (lý do điều chỉnh); required from version 2.</summary>
    public string? Reason { get; set; }
}

/// <summary>One stored output (csv, xlsx, pdf) of a submission: the exact bytes served on download.</summary>
internal sealed class ReportSubmissionFile
{
    public long SubmissionId { get; set; }
    public ReportSubmission? Submission { get; set; }
    public required string Format { get; set; }
    public required string ContentType { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public long Length { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>
/// A period's report drafted by the scheduled job (dự thảo báo cáo): the live report page is the draft, so the row
/// stores only that it was drafted and who was told. Its key (Kind, Period) makes the job exactly-once:
/// the draft and its emails are one insert transaction, and a second instance's insert is refused.
/// </summary>
internal sealed class ReportDraft
{
    public required string Kind { get; set; }
    public required string Period { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>How many responsible people were emailed.</summary>
    public int Notified { get; set; }
}
