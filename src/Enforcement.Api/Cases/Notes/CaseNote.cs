namespace Enforcement.Api.Cases.Notes;

/// <summary>
/// An internal note (ghi chú nội bộ) on a case, for the staff of the agencies that work it; never shown to the complainant.
/// Append-only: the case file is evidence, so a note is never edited or deleted (the database refuses both).
/// </summary>
internal sealed class CaseNote
{
    public const int MaxLength = 4000;

    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public required string Body { get; set; }
    public required string AuthorUserName { get; set; }

    /// <summary>The author's name, role and agency as they were when the note was written.</summary>
    public required string AuthorFullName { get; set; }
    public required string AuthorRole { get; set; }
    public required string AuthorAgency { get; set; }
    public DateTime WrittenAt { get; set; }

    /// <summary>
    /// The case's last journal entry when the note was written. It places the note in the journal's order,
    /// which (not the clock) decides what an outside agency's liaison sees: notes from its handoff on.
    /// </summary>
    public long JournalMark { get; set; }
}
