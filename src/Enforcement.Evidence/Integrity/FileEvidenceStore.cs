using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Integrity;

/// <summary>
/// Blobs live at &lt;root&gt;/ab/cd/&lt;sha256&gt;, read-only (0444). A put writes a temp file under the root
/// while hashing, then moves it into place: the name is only known once the bytes are, and a move
/// within one file system is atomic, so a reader never sees a half-written blob.
/// </summary>
public sealed class FileEvidenceStore(IOptions<EvidenceOptions> options) : IEvidenceStore
{
    private const UnixFileMode ReadOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    private readonly string root = Path.GetFullPath(options.Value.StoreRoot);

    public async Task<StoredBlob> PutAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(root);
        var temp = Path.Combine(root, $".put-{Guid.NewGuid():N}.tmp");
        try
        {
            string hash;
            long size;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            using (var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                (hash, size) = await HashingCopy.CopyAsync(content, file, sha, ct);
                await file.FlushAsync(ct);
                file.Flush(flushToDisk: true);
            }

            var target = PathFor(hash);
            if (File.Exists(target))
            {
                return new StoredBlob(hash, size);   // same content already stored: no rewrite
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            SetReadOnly(temp);
            try
            {
                File.Move(temp, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // A concurrent put of the same bytes won the race; its blob is ours.
            }

            return new StoredBlob(hash, size);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    public Stream OpenRead(string sha256)
    {
        var path = PathFor(sha256);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No evidence blob {sha256}.", path);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    internal string PathFor(string sha256)
    {
        // The hash becomes a path: accept nothing but 64 lower-case hex digits.
        if (sha256 is null || sha256.Length != 64 || !sha256.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f'))
        {
            throw new ArgumentException("Expected a lower-case hex SHA-256.", nameof(sha256));
        }

        return Path.Combine(root, sha256[..2], sha256[2..4], sha256);
    }

    private static void SetReadOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, ReadOnly);
        }
        else
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
        }
    }
}
