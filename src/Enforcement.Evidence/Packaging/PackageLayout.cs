using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Enforcement.Evidence.Packaging;

/// <summary>File names inside the export zip, and the small zip helpers both directions share.</summary>
internal static partial class PackageLayout
{
    public const string Readme = "README.txt";
    public const string Sums = "SHA256SUMS";
    public const string Manifest = "manifest.json";
    public const string Signature = "manifest.json.sig";
    public const string PublicKey = "public-key.pem";
    public const string Custody = "custody.jsonl";
    public const string Timestamp = "timestamp.tsr";
    public const string Wacz = "capture.wacz";
    public const string ArtifactsFolder = "artifacts/";

    /// <summary>Artifact names become zip paths and, once unzipped, file names: nothing that could climb out.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    public static partial Regex SafeFileName();

    /// <summary>A temp file that vanishes when closed: packages are built on disk, not in memory.</summary>
    public static FileStream TempFile() => new(Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.tmp"),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);

    /// <summary>Writes one entry while hashing it; returns the lower-case hex SHA-256 and the size.</summary>
    public static (string Sha256, long Size) Write(ZipArchive zip, string name, Stream content, CompressionLevel level, DateTimeOffset modified)
    {
        var entry = zip.CreateEntry(name, level);
        entry.LastWriteTime = modified;
        using var target = entry.Open();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        int read;
        while ((read = content.Read(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
            target.Write(buffer, 0, read);
            size += read;
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), size);
    }

    public static (string Sha256, long Size) Write(ZipArchive zip, string name, byte[] content, CompressionLevel level, DateTimeOffset modified) =>
        Write(zip, name, new MemoryStream(content, writable: false), level, modified);

    public static byte[] ReadAll(ZipArchiveEntry entry, long limit)
    {
        if (entry.Length > limit)
        {
            throw new InvalidDataException($"{entry.FullName} is larger than {limit} bytes.");
        }

        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
