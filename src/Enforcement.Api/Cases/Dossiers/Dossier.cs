namespace Enforcement.Api.Cases.Dossiers;

/// <summary>
/// What travels with a handed-over file (hồ sơ chuyển giao): the sender's reason, who sent it and whether the sender shared
/// the complainant's contact, and why. The complaint's facts are read from the complaint itself. Written once, in the
/// handoff's transaction; a row with <see cref="ContactShared"/> is the record of that sharing (who, when, purpose).
/// </summary>
internal sealed class Dossier
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }

    /// <summary>The receiving agency's code.</summary>
    public required string AgencyCode { get; set; }

    /// <summary>The process and handoff step that sent the file.</summary>
    public required string ProcessId { get; set; }
    public required string StepId { get; set; }

    /// <summary>The sender's words, from the case variable the handoff's dossier names; none when the case went on its own (a deadline).</summary>
    public string? Reason { get; set; }
    public required string SentBy { get; set; }
    public string? SentByAgency { get; set; }
    public DateTime SentAt { get; set; }
    public bool ContactShared { get; set; }
    public string? SharePurpose { get; set; }
}
