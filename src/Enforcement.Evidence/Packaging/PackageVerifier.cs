using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Packaging;

/// <summary>Offline check of an export zip: SHA256SUMS, manifest signature, artifacts, custody chain, timestamp, WACZ.</summary>
internal static class PackageVerifier
{
    private const long SmallFileLimit = 16 * 1024 * 1024;

    public static async Task<VerificationResult> VerifyAsync(Stream zip, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(zip);
        await using var copy = zip.CanSeek ? null : await CopyToTempAsync(zip, ct);   // ZipArchive needs to seek
        using var archive = new ZipArchive(copy ?? zip, ZipArchiveMode.Read, leaveOpen: true);
        var problems = new List<string>();
        var entries = archive.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
        foreach (var duplicate in entries.GroupBy(e => e.FullName).Where(g => g.Count() > 1))
        {
            problems.Add($"Gói có nhiều tệp cùng tên {duplicate.Key}");
        }

        byte[]? Read(string name)
        {
            var entry = archive.GetEntry(name);
            if (entry is null)
            {
                problems.Add($"Thiếu tệp {name} trong gói");
                return null;
            }

            return PackageLayout.ReadAll(entry, SmallFileLimit);
        }

        if (Read(PackageLayout.Sums) is { } sums)
        {
            problems.AddRange(CheckSums(entries, Encoding.UTF8.GetString(sums)));
        }

        var manifestJson = Read(PackageLayout.Manifest);
        var signature = Read(PackageLayout.Signature);
        var publicKey = Read(PackageLayout.PublicKey);
        var custodyBytes = Read(PackageLayout.Custody);
        if (manifestJson is null || signature is null || publicKey is null || custodyBytes is null)
        {
            return new VerificationResult(false, problems);
        }

        var (custody, custodyProblems) = CustodyJson.Read(custodyBytes);
        problems.AddRange(custodyProblems);
        var result = await EvidenceVerifier.VerifyAsync(manifestJson, signature, Encoding.ASCII.GetString(publicKey),
            a => archive.GetEntry(PackageLayout.ArtifactsFolder + a.FileName)?.Open(), custody, ct);
        problems.AddRange(result.Problems);
        problems.AddRange(UnlistedArtifacts(entries, manifestJson));

        if (archive.GetEntry(PackageLayout.Timestamp) is { } tsr
            && !TimestampClient.Verify(PackageLayout.ReadAll(tsr, SmallFileLimit), manifestJson, out _))
        {
            problems.Add("timestamp.tsr: dấu thời gian không hợp lệ hoặc không dành cho manifest.json");
        }

        problems.AddRange(await CheckWaczAsync(archive, manifestJson, ct));
        return new VerificationResult(problems.Count == 0, problems);
    }

    private static IEnumerable<string> CheckSums(List<ZipArchiveEntry> entries, string sums)
    {
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in sums.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var split = line.IndexOf("  ", StringComparison.Ordinal);
            if (split != 64)
            {
                yield return $"SHA256SUMS: dòng không đọc được: {line}";
                continue;
            }

            var (hash, path) = (line[..64], line[(split + 2)..]);
            listed.Add(path);
            var entry = entries.FirstOrDefault(e => e.FullName == path);
            if (entry is null)
            {
                yield return $"Thiếu tệp {path} (có trong SHA256SUMS)";
                continue;
            }

            using var stream = entry.Open();
            if (Convert.ToHexStringLower(SHA256.HashData(stream)) != hash)
            {
                yield return $"Tệp {path}: SHA-256 không khớp SHA256SUMS";
            }
        }

        foreach (var entry in entries.Where(e => e.FullName != PackageLayout.Sums && !listed.Contains(e.FullName)))
        {
            yield return $"Tệp {entry.FullName} không có trong SHA256SUMS";
        }
    }

    /// <summary>A file slipped into artifacts/ is covered by SHA256SUMS but not by the signature: name it.</summary>
    private static IEnumerable<string> UnlistedArtifacts(List<ZipArchiveEntry> entries, byte[] manifestJson)
    {
        HashSet<string> signed;
        try
        {
            signed = EvidenceManifest.Parse(manifestJson).Artifacts.Select(a => PackageLayout.ArtifactsFolder + a.FileName).ToHashSet(StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return [];   // already reported
        }

        return entries.Where(e => e.FullName.StartsWith(PackageLayout.ArtifactsFolder, StringComparison.Ordinal) && !signed.Contains(e.FullName))
            .Select(e => $"Tệp {e.FullName} không có trong manifest.json");
    }

    private static async Task<List<string>> CheckWaczAsync(ZipArchive archive, byte[] manifestJson, CancellationToken ct)
    {
        string? warcHash;
        try
        {
            warcHash = EvidenceManifest.Parse(manifestJson).Artifacts.FirstOrDefault(a => a.Kind == "warc")?.Sha256;
        }
        catch (JsonException)
        {
            return [];   // already reported by the manifest check
        }

        var entry = archive.GetEntry(PackageLayout.Wacz);
        if (entry is null)
        {
            return warcHash is null ? [] : [$"Thiếu tệp {PackageLayout.Wacz} trong gói"];
        }

        await using var wacz = PackageLayout.TempFile();
        await using (var source = entry.Open())
        {
            await source.CopyToAsync(wacz, ct);
        }

        wacz.Position = 0;
        try
        {
            return WaczVerifier.Verify(wacz, warcHash);
        }
        catch (InvalidDataException)
        {
            return [$"{PackageLayout.Wacz}: không phải tệp zip hợp lệ"];
        }
    }

    private static async Task<FileStream> CopyToTempAsync(Stream zip, CancellationToken ct)
    {
        var temp = PackageLayout.TempFile();
        await zip.CopyToAsync(temp, ct);
        temp.Position = 0;
        return temp;
    }
}
