using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Enforcement.Evidence.Packaging;

/// <summary>Re-checks capture.wacz offline: resources against datapackage.json, its digest, the digest's signature.</summary>
internal static class WaczVerifier
{
    private const string Name = "capture.wacz: ";

    /// <summary>Problems found; <paramref name="expectedWarcSha256"/> (from the signed manifest) ties the WACZ to the manifest.</summary>
    public static List<string> Verify(Stream wacz, string? expectedWarcSha256)
    {
        var problems = new List<string>();
        using var zip = new ZipArchive(wacz, ZipArchiveMode.Read, leaveOpen: true);
        var dataPackageEntry = zip.GetEntry(WaczWriter.DataPackage);
        var digestEntry = zip.GetEntry(WaczWriter.Digest);
        if (dataPackageEntry is null || digestEntry is null)
        {
            problems.Add(Name + "thiếu datapackage.json hoặc datapackage-digest.json");
            return problems;
        }

        var dataPackage = PackageLayout.ReadAll(dataPackageEntry, 16 * 1024 * 1024);
        var dataPackageHash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(dataPackage));
        try
        {
            using var doc = JsonDocument.Parse(dataPackage);
            foreach (var resource in doc.RootElement.GetProperty("resources").EnumerateArray())
            {
                var path = resource.GetProperty("path").GetString() ?? "";
                var problem = CheckResource(zip, path, resource.GetProperty("hash").GetString(), resource.GetProperty("bytes").GetInt64());
                if (problem is not null)
                {
                    problems.Add(Name + problem);
                }
                else if (path == WaczWriter.Warc && expectedWarcSha256 is not null && resource.GetProperty("hash").GetString() != "sha256:" + expectedWarcSha256)
                {
                    problems.Add(Name + "archive/data.warc khác tệp WARC ghi trong manifest.json");
                }
            }

            using var digest = JsonDocument.Parse(PackageLayout.ReadAll(digestEntry, 1024 * 1024));
            var root = digest.RootElement;
            var signed = root.GetProperty("signedData");
            if (root.GetProperty("hash").GetString() != dataPackageHash || signed.GetProperty("hash").GetString() != dataPackageHash)
            {
                problems.Add(Name + "datapackage.json không khớp mã băm trong datapackage-digest.json");
            }
            else if (!SignatureValid(signed, dataPackageHash))
            {
                problems.Add(Name + "chữ ký trong datapackage-digest.json không hợp lệ");
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            problems.Add(Name + "datapackage.json hoặc datapackage-digest.json không đọc được");
        }

        return problems;
    }

    private static string? CheckResource(ZipArchive zip, string path, string? hash, long bytes)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return $"thiếu tệp {path}";
        }

        using var stream = entry.Open();
        var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
        return "sha256:" + actual == hash && entry.Length == bytes ? null : $"tệp {path} không khớp datapackage.json";
    }

    private static bool SignatureValid(JsonElement signed, string hash)
    {
        try
        {
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(signed.GetProperty("publicKey").GetString() ?? ""), out _);
            return key.VerifyData(Encoding.UTF8.GetBytes(hash), Convert.FromBase64String(signed.GetProperty("signature").GetString() ?? ""),
                HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
