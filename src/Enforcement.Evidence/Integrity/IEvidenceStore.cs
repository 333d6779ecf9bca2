namespace Enforcement.Evidence.Integrity;

/// <summary>Content-addressed, write-once storage for evidence files. A file store today; S3 could replace it.</summary>
public interface IEvidenceStore
{
    /// <summary>Hashes while copying; the same bytes twice give the same blob and are not rewritten.</summary>
    Task<StoredBlob> PutAsync(Stream content, CancellationToken ct);

    /// <summary>Throws <see cref="FileNotFoundException"/> when no blob has this hash.</summary>
    Stream OpenRead(string sha256);
}

/// <summary>A stored blob: lower-case hex SHA-256 and size in bytes.</summary>
public sealed record StoredBlob(string Sha256, long Size);
