namespace Enforcement.Api.Cases.Files;

/// <summary>
/// A file (tài liệu) given with a task's outcome: the scanned record, photos of the inspection. Typed by its bytes,
/// hashed with SHA-256, and written in the completion's transaction; append-only like the rest of the case file.
/// </summary>
internal sealed class TaskFile
{
    public long Id { get; set; }
    public long ComplaintId { get; set; }
    public long TaskId { get; set; }

    /// <summary>The task's completion in the journal (no foreign key: finished journals are archived); it decides who sees the file.</summary>
    public long JournalEntryId { get; set; }
    public required string FileName { get; set; }

    /// <summary>Detected from the file's bytes, never from its name.</summary>
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    public required string UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
}

/// <summary>Mapped for the schema only: the bytes are written and read as streams by <see cref="Complaints.AttachmentStore"/>.</summary>
internal sealed class TaskFileContent
{
    public long FileId { get; set; }
    public byte[] Bytes { get; set; } = [];

    public static readonly Complaints.AttachmentStore.BlobTable Table = new("TaskFileContents", "FileId");
}
