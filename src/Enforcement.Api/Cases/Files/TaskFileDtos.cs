namespace Enforcement.Api.Cases.Files;

/// <summary>
/// A file of a task's outcome. <see cref="JournalEntryId"/> is the completion's timeline entry (its <c>id</c> in the case's
/// <c>timeline</c>); <see cref="StepTitle"/> names the task; the time is UTC.
/// </summary>
public sealed record TaskFileView(long Id, long TaskId, long JournalEntryId, string? StepTitle, string FileName, string ContentType, long SizeBytes,
    string Sha256, string UploadedBy, string UploadedByFullName, DateTime UploadedAt);
