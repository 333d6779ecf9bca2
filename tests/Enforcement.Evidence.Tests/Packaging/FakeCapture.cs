using System.IO.Compression;
using System.Text;
using Enforcement.Evidence.Integrity;
using Enforcement.Evidence.Packaging;
using Enforcement.Evidence.Tests.Integrity;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Tests.Packaging;

/// <summary>A small capture in a temp store, signed, with a custody chain, ready to export.</summary>
internal sealed class FakeCapture : IDisposable
{
    public const string Id = "ev-42";

    private readonly TempDirectory temp;

    private FakeCapture(TempDirectory temp)
    {
        this.temp = temp;
        Store = new FileEvidenceStore(Options.Create(new EvidenceOptions { StoreRoot = temp.Combine("store") }));
        Signer = EvidenceSigner.LoadOrCreate(temp.Combine("keys", "signing.pem"));
    }

    public FileEvidenceStore Store { get; }

    public EvidenceSigner Signer { get; }

    public byte[] Warc { get; } = MinimalWarc();

    public PackageInput Input { get; private set; } = null!;

    public string Directory => temp.Path;

    public static async Task<FakeCapture> CreateAsync()
    {
        var capture = new FakeCapture(new TempDirectory());
        (string Kind, string Name, string Type, byte[] Bytes)[] files =
        [
            ("png", "screenshot.png", "image/png", [0x89, .. "PNG fake screenshot bytes for the test"u8]),
            ("html", "page.html", "text/html", Encoding.UTF8.GetBytes("<html><title>Đồng hồ</title><body>1.500.000 ₫</body></html>")),
            ("warc", "capture.warc", "application/warc", capture.Warc),
        ];
        var artifacts = new List<ManifestArtifact>();
        foreach (var f in files)
        {
            var blob = await capture.Store.PutAsync(new MemoryStream(f.Bytes), CancellationToken.None);
            artifacts.Add(new ManifestArtifact(f.Kind, f.Name, f.Type, blob.Sha256, blob.Size));
        }

        var manifest = Manifests.Sample(Id, artifacts);
        var json = manifest.ToCanonicalJson();
        capture.Input = new PackageInput(manifest, json, capture.Signer.Sign(json), capture.Signer.PublicKeyPem,
            Custody.Chain(Id, 4), a => capture.Store.OpenRead(a.Sha256), null);
        return capture;
    }

    public async Task<string> WritePackageAsync(PackageInput? input = null)
    {
        var path = System.IO.Path.Combine(Directory, $"package-{Guid.NewGuid():N}.zip");
        await using var file = File.Create(path);
        await EvidencePackage.WriteAsync(input ?? Input, file, Signer, CancellationToken.None);
        return path;
    }

    public string Unzip(string zipPath)
    {
        var target = System.IO.Path.Combine(Directory, "unzipped-" + Guid.NewGuid().ToString("N"));
        ZipFile.ExtractToDirectory(zipPath, target);
        return target;
    }

    /// <summary>Copies the zip, replacing one entry's bytes: a tampered package.</summary>
    public static string Rewrite(string zipPath, string entryName, Func<byte[], byte[]> change)
    {
        var output = zipPath.Replace(".zip", "-tampered.zip", StringComparison.Ordinal);
        File.WriteAllBytes(output, Rewrite(File.ReadAllBytes(zipPath), entryName, change));
        return output;
    }

    public static byte[] Rewrite(byte[] zip, string entryName, Func<byte[], byte[]> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                var bytes = entry.FullName == entryName ? change(buffer.ToArray()) : buffer.ToArray();
                using var stream = target.CreateEntry(entry.FullName).Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    public static byte[] FlipByte(byte[] bytes, int index)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] ^= 0x01;
        return copy;
    }

    /// <summary>A minimal valid WARC 1.1: a warcinfo record and one resource record.</summary>
    public static byte[] MinimalWarc()
    {
        static string Record(string type, string? uri, string contentType, string body)
        {
            var bytes = Encoding.UTF8.GetByteCount(body);
            var header = new StringBuilder()
                .Append("WARC/1.1\r\n")
                .Append($"WARC-Type: {type}\r\n")
                .Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n")
                .Append("WARC-Date: 2026-11-23T01:02:03Z\r\n");
            if (uri is not null)
            {
                header.Append($"WARC-Target-URI: {uri}\r\n");
            }

            header.Append($"Content-Type: {contentType}\r\nContent-Length: {bytes}\r\n\r\n");
            return header + body + "\r\n\r\n";
        }

        return Encoding.UTF8.GetBytes(
            Record("warcinfo", null, "application/warc-fields", "software: Enforcement tests\r\nformat: WARC File Format 1.1\r\n")
            + Record("resource", "https://shop.example/p/1?ref=x", "text/html", "<html><title>Đồng hồ</title></html>"));
    }

    public void Dispose() => temp.Dispose();
}
