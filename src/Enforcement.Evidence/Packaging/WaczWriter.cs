using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Enforcement.Evidence.Integrity;

namespace Enforcement.Evidence.Packaging;

/// <summary>
/// capture.wacz, a WACZ 1.1.1 that replay tools open: the capture's WARC, its CDXJ index, one page, datapackage.json, and
/// datapackage-digest.json signed per the WACZ signing spec's anonymous (key-only) form.
/// </summary>
internal static class WaczWriter
{
    public const string Warc = "archive/data.warc";
    public const string Index = "indexes/index.cdx";
    public const string Pages = "pages/pages.jsonl";
    public const string DataPackage = "datapackage.json";
    public const string Digest = "datapackage-digest.json";
    public const string Software = "Enforcement.Evidence";

    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>Writes the WACZ into <paramref name="target"/>. Every entry is stored, not compressed, so a reader can seek into the WARC.</summary>
    public static void Write(Stream target, EvidenceManifest manifest, Stream warc, EvidenceSigner signer, DateTimeOffset now)
    {
        using var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        var created = EvidenceManifest.FormatTime(now);
        var resources = new JsonArray();

        // The index needs a second pass over the WARC: keep a seekable copy.
        using var copy = PackageLayout.TempFile();
        warc.CopyTo(copy);
        copy.Position = 0;
        var index = CdxjIndexer.Index(copy, "data.warc");
        copy.Position = 0;
        var (warcHash, warcSize) = PackageLayout.Write(zip, Warc, copy, CompressionLevel.NoCompression, now);
        resources.Add(Resource("data.warc", Warc, warcHash, warcSize));
        var (indexHash, indexSize) = PackageLayout.Write(zip, Index, index, CompressionLevel.NoCompression, now);
        resources.Add(Resource("index.cdx", Index, indexHash, indexSize));
        var (pagesHash, pagesSize) = PackageLayout.Write(zip, Pages, PagesJsonl(manifest), CompressionLevel.NoCompression, now);
        resources.Add(Resource("pages.jsonl", Pages, pagesHash, pagesSize));

        var dataPackage = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["profile"] = "data-package",
            ["wacz_version"] = "1.1.1",
            ["title"] = $"Bằng chứng {manifest.EvidenceId}",
            ["mainPageUrl"] = manifest.FinalUrl,
            ["mainPageDate"] = EvidenceManifest.FormatTime(manifest.CapturedAt),
            ["created"] = created,
            ["software"] = Software,
            ["resources"] = resources,
        }, Json);
        var dataPackageHash = "sha256:" + PackageLayout.Write(zip, DataPackage, dataPackage, CompressionLevel.NoCompression, now).Sha256;

        // The spec signs the hash string itself; the signature is WebCrypto's r||s, the key base64 SPKI DER.
        var digest = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["path"] = DataPackage,
            ["hash"] = dataPackageHash,
            ["signedData"] = new JsonObject
            {
                ["hash"] = dataPackageHash,
                ["created"] = created,
                ["software"] = Software,
                ["signature"] = Convert.ToBase64String(signer.SignIeeeP1363(Encoding.UTF8.GetBytes(dataPackageHash))),
                ["publicKey"] = Convert.ToBase64String(signer.SubjectPublicKeyInfo()),
            },
        }, Json);
        PackageLayout.Write(zip, Digest, digest, CompressionLevel.NoCompression, now);
    }

    private static JsonObject Resource(string name, string path, string sha256, long bytes) =>
        new() { ["name"] = name, ["path"] = path, ["hash"] = "sha256:" + sha256, ["bytes"] = bytes };

    private static byte[] PagesJsonl(EvidenceManifest manifest)
    {
        var title = manifest.Listing is { ValueKind: JsonValueKind.Object } listing
            && listing.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var compact = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var header = JsonSerializer.Serialize(new JsonObject { ["format"] = "json-pages-1.0", ["id"] = "pages", ["title"] = "All Pages" }, compact);
        var page = JsonSerializer.Serialize(new JsonObject
        {
            ["url"] = manifest.FinalUrl,
            ["ts"] = EvidenceManifest.FormatTime(manifest.CapturedAt),
            ["title"] = title ?? manifest.FinalUrl,
        }, compact);
        return Encoding.UTF8.GetBytes(header + "\n" + page + "\n");
    }
}
