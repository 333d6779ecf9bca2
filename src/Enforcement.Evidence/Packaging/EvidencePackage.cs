using System.IO.Compression;
using System.Text;
using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Packaging;

/// <summary>The export zip a recipient can verify offline with sha256sum and openssl (see README.txt in it).</summary>
public static class EvidencePackage
{
    /// <summary>Writes the package; <paramref name="signer"/> signs the WACZ digest. The zip is built in a temp file, then copied.</summary>
    public static Task WriteAsync(PackageInput input, Stream zip, EvidenceSigner signer, CancellationToken ct) =>
        WriteAsync(input, zip, signer, TimeProvider.System, ct);

    internal static async Task WriteAsync(PackageInput input, Stream zip, EvidenceSigner signer, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(zip);
        ArgumentNullException.ThrowIfNull(signer);
        var manifest = input.Manifest;
        foreach (var artifact in manifest.Artifacts)
        {
            if (!PackageLayout.SafeFileName().IsMatch(artifact.FileName))
            {
                throw new ArgumentException($"Artifact file name \"{artifact.FileName}\" is not safe in a package.", nameof(input));
            }
        }

        if (manifest.Artifacts.Select(a => a.FileName).Distinct(StringComparer.OrdinalIgnoreCase).Count() != manifest.Artifacts.Count)
        {
            throw new ArgumentException("Two artifacts share a file name.", nameof(input));
        }

        var now = time.GetUtcNow();
        var warc = manifest.Artifacts.FirstOrDefault(a => a.Kind == "warc");
        await using var temp = PackageLayout.TempFile();
        using (var archive = new ZipArchive(temp, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sums = new List<(string Hash, string Path)>();
            void Add(string name, byte[] bytes) => sums.Add((PackageLayout.Write(archive, name, bytes, CompressionLevel.Optimal, now).Sha256, name));

            Add(PackageLayout.Readme, Encoding.UTF8.GetBytes(PackageReadme.Text(manifest, input.PublicKeyPem, input.Timestamp is not null, warc is not null)));
            Add(PackageLayout.Manifest, input.ManifestJson);
            Add(PackageLayout.Signature, input.Signature);
            Add(PackageLayout.PublicKey, Encoding.ASCII.GetBytes(input.PublicKeyPem));
            Add(PackageLayout.Custody, CustodyJson.Write(input.Custody));
            if (input.Timestamp is { } token)
            {
                Add(PackageLayout.Timestamp, token);
            }

            foreach (var artifact in manifest.Artifacts)
            {
                ct.ThrowIfCancellationRequested();
                var name = PackageLayout.ArtifactsFolder + artifact.FileName;
                await using var content = input.Open(artifact);
                sums.Add((PackageLayout.Write(archive, name, content, CompressionLevel.Optimal, now).Sha256, name));
            }

            if (warc is not null)
            {
                await using var wacz = PackageLayout.TempFile();
                await using (var warcContent = input.Open(warc))
                {
                    WaczWriter.Write(wacz, manifest, warcContent, signer, now);
                }

                wacz.Position = 0;
                sums.Add((PackageLayout.Write(archive, PackageLayout.Wacz, wacz, CompressionLevel.NoCompression, now).Sha256, PackageLayout.Wacz));
            }

            // sha256sum's own format: hash, two spaces, path; one line per file.
            var lines = string.Concat(sums.Select(s => $"{s.Hash}  {s.Path}\n"));
            PackageLayout.Write(archive, PackageLayout.Sums, Encoding.ASCII.GetBytes(lines), CompressionLevel.Optimal, now);
        }

        temp.Position = 0;
        await temp.CopyToAsync(zip, ct);
    }

    /// <summary>Re-checks everything offline. Throws <see cref="InvalidDataException"/> when the stream is not a zip.</summary>
    public static Task<VerificationResult> VerifyAsync(Stream zip, CancellationToken ct) => PackageVerifier.VerifyAsync(zip, ct);
}
