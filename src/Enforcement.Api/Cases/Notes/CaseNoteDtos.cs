namespace Enforcement.Api.Cases.Notes;

/// <summary>A new internal note: multi-line text, at most <see cref="CaseNote.MaxLength"/> characters.</summary>
public sealed record AddCaseNoteRequest(string? Text);

/// <summary>A note as staff see it: the author's name, role (code and label) and agency when it was written; the time in UTC.</summary>
public sealed record CaseNoteView(long Id, string Text, DateTime WrittenAt, string Author, string AuthorFullName, string AuthorRole, string AuthorRoleLabel, string AuthorAgency);
