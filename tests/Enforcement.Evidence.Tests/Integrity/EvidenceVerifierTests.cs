using System.Text;
using System.Text.Json;
using Enforcement.Evidence.Integrity;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Tests.Integrity;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class EvidenceVerifierTests : IDisposable
{
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task An_untouched_capture_verifies()
    {
        var (store, manifestJson, signature, signer, custody) = await StoreCaptureAsync();

        var result = await EvidenceVerifier.VerifyAsync(manifestJson, signature, signer.PublicKeyPem, a => store.OpenRead(a.Sha256), custody, CancellationToken.None);

        Assert.True(result.Valid, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task One_byte_changed_in_a_stored_artifact_names_that_file()
    {
        var (store, manifestJson, signature, signer, custody) = await StoreCaptureAsync();
        var manifest = EvidenceManifest.Parse(manifestJson);
        var png = manifest.Artifacts.Single(a => a.Kind == "png");
        var path = store.PathFor(png.Sha256);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[10] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var result = await EvidenceVerifier.VerifyAsync(manifestJson, signature, signer.PublicKeyPem, a => store.OpenRead(a.Sha256), custody, CancellationToken.None);

        Assert.False(result.Valid);
        Assert.Equal(["Tệp screenshot.png (png): SHA-256 không khớp"], result.Problems);
    }

    [Fact]
    public async Task A_missing_artifact_an_edited_manifest_and_a_broken_chain_are_each_named()
    {
        var (store, manifestJson, signature, signer, custody) = await StoreCaptureAsync();
        var edited = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(manifestJson).Replace("https://shop.example/p/1", "https://shop.example/p/2", StringComparison.Ordinal));
        custody[1] = custody[1] with { Actor = "someone.else" };

        var result = await EvidenceVerifier.VerifyAsync(edited, signature, signer.PublicKeyPem,
            a => a.Kind == "html" ? null : store.OpenRead(a.Sha256), custody, CancellationToken.None);

        Assert.Equal(
        [
            "Chữ ký của manifest.json không hợp lệ (manifest bị sửa hoặc khóa công khai không đúng)",
            "Tệp page.html (html): không tìm thấy",
            "Nhật ký lưu giữ: mục #2 bị sửa (hash không khớp)",
        ], result.Problems);
    }

    [Fact]
    public void Canonical_json_round_trips_and_is_stable()
    {
        var manifest = Manifests.Sample("ev-7", [new ManifestArtifact("png", "screenshot.png", "image/png", new string('a', 64), 3)]);
        var bytes = manifest.ToCanonicalJson();
        var again = EvidenceManifest.Parse(bytes);

        Assert.Equal(bytes, again.ToCanonicalJson());
        Assert.Equal(manifest.CapturedAt, again.CapturedAt);
        Assert.Contains("\"title\": \"Đồng hồ\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private async Task<(FileEvidenceStore Store, byte[] ManifestJson, byte[] Signature, EvidenceSigner Signer, List<CustodyRecord> Custody)> StoreCaptureAsync()
    {
        var store = new FileEvidenceStore(Options.Create(new EvidenceOptions { StoreRoot = temp.Combine("store") }));
        (string Kind, string Name, string Type, byte[] Bytes)[] files =
        [
            ("png", "screenshot.png", "image/png", [0x89, .. "PNG fake screenshot bytes"u8]),
            ("html", "page.html", "text/html", Encoding.UTF8.GetBytes("<html><body>Đồng hồ</body></html>")),
        ];
        var artifacts = new List<ManifestArtifact>();
        foreach (var f in files)
        {
            var blob = await store.PutAsync(new MemoryStream(f.Bytes), CancellationToken.None);
            artifacts.Add(new ManifestArtifact(f.Kind, f.Name, f.Type, blob.Sha256, blob.Size));
        }

        var manifestJson = Manifests.Sample("ev-1", artifacts).ToCanonicalJson();
        var signer = EvidenceSigner.LoadOrCreate(temp.Combine("keys", "k.pem"));
        return (store, manifestJson, signer.Sign(manifestJson), signer, Custody.Chain("ev-1", 3));
    }

    public void Dispose() => temp.Dispose();
}
