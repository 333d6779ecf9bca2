using System.Text.Json;

namespace Enforcement.Evidence.Integrity;

/// <summary>The outcome of a check; <c>Problems</c> are Vietnamese, one per thing found wrong.</summary>
public sealed record VerificationResult(bool Valid, IReadOnlyList<string> Problems);

/// <summary>Re-checks a stored capture: every artifact's bytes, the manifest signature, the custody chain.</summary>
public static class EvidenceVerifier
{
    public static async Task<VerificationResult> VerifyAsync(byte[] manifestJson, byte[] signature, string publicKeyPem,
        Func<ManifestArtifact, Stream?> open, IReadOnlyList<CustodyRecord> custody, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(manifestJson);
        ArgumentNullException.ThrowIfNull(open);
        var problems = new List<string>();
        if (!EvidenceSigner.Verify(publicKeyPem, manifestJson, signature))
        {
            problems.Add("Chữ ký của manifest.json không hợp lệ (manifest bị sửa hoặc khóa công khai không đúng)");
        }

        EvidenceManifest manifest;
        try
        {
            manifest = EvidenceManifest.Parse(manifestJson);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            problems.Add("Không đọc được manifest.json");
            return new VerificationResult(false, problems);
        }

        foreach (var artifact in manifest.Artifacts)
        {
            var problem = await CheckArtifactAsync(artifact, open, ct);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        problems.AddRange(CustodyChain.Verify(manifest.EvidenceId, custody));
        return new VerificationResult(problems.Count == 0, problems);
    }

    private static async Task<string?> CheckArtifactAsync(ManifestArtifact artifact, Func<ManifestArtifact, Stream?> open, CancellationToken ct)
    {
        var name = $"Tệp {artifact.FileName} ({artifact.Kind})";
        Stream? stream;
        try
        {
            stream = open(artifact);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            stream = null;
        }

        if (stream is null)
        {
            return $"{name}: không tìm thấy";
        }

        await using (stream)
        {
            var (sha256, size) = await HashingCopy.HashAsync(stream, ct);
            if (size != artifact.Size)
            {
                return $"{name}: kích thước {size} byte, manifest ghi {artifact.Size} byte";
            }

            return sha256 == artifact.Sha256 ? null : $"{name}: SHA-256 không khớp";
        }
    }
}
