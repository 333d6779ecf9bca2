using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Enforcement.Evidence.Integrity;
using Enforcement.Evidence.Packaging;

namespace Enforcement.Evidence.Tests.Packaging;

public sealed class EvidencePackageTests : IAsyncLifetime
{
    private FakeCapture capture = null!;

    public async Task InitializeAsync() => capture = await FakeCapture.CreateAsync();

    public Task DisposeAsync()
    {
        capture.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Package_holds_the_agreed_layout_and_verifies()
    {
        var zip = await capture.WritePackageAsync();

        using (var archive = ZipFile.OpenRead(zip))
        {
            Assert.Equal(
                ["README.txt", "manifest.json", "manifest.json.sig", "public-key.pem", "custody.jsonl",
                 "artifacts/screenshot.png", "artifacts/page.html", "artifacts/capture.warc", "capture.wacz", "SHA256SUMS"],
                archive.Entries.Select(e => e.FullName));
        }

        await using var stream = File.OpenRead(zip);
        var result = await EvidencePackage.VerifyAsync(stream, CancellationToken.None);
        Assert.True(result.Valid, string.Join("\n", result.Problems));
    }

    [Fact]
    public async Task Readme_commands_run_offline_succeed_and_a_flipped_byte_is_named_by_sha256sum()
    {
        var dir = capture.Unzip(await capture.WritePackageAsync());
        var readme = await File.ReadAllTextAsync(Path.Combine(dir, "README.txt"));
        var commands = readme.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("sha256sum ", StringComparison.Ordinal) || l.StartsWith("openssl ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "sha256sum -c SHA256SUMS",
            "openssl dgst -sha256 -verify public-key.pem -signature manifest.json.sig manifest.json",
            "openssl pkey -pubin -in public-key.pem -outform DER | sha256sum",
        ], commands);

        var sums = await ProcessRunner.ShellAsync(commands[0], dir);
        Assert.True(sums.ExitCode == 0, sums.Output);
        Assert.Contains("artifacts/screenshot.png: OK", sums.Output, StringComparison.Ordinal);
        Assert.Contains("capture.wacz: OK", sums.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", sums.Output, StringComparison.Ordinal);

        var signature = await ProcessRunner.ShellAsync(commands[1], dir);
        Assert.Equal(0, signature.ExitCode);
        Assert.Equal("Verified OK", signature.Output.Trim());

        var fingerprint = await ProcessRunner.ShellAsync(commands[2], dir);
        Assert.Equal(0, fingerprint.ExitCode);
        Assert.StartsWith(capture.Signer.Fingerprint.Replace(":", "", StringComparison.Ordinal).ToLowerInvariant(), fingerprint.Output, StringComparison.Ordinal);
        Assert.Contains(capture.Signer.Fingerprint, readme, StringComparison.Ordinal);

        var png = Path.Combine(dir, "artifacts", "screenshot.png");
        await File.WriteAllBytesAsync(png, FakeCapture.FlipByte(await File.ReadAllBytesAsync(png), 7));
        var tampered = await ProcessRunner.ShellAsync(commands[0], dir);
        Assert.NotEqual(0, tampered.ExitCode);
        Assert.Contains("artifacts/screenshot.png: FAILED", tampered.Output, StringComparison.Ordinal);
        Assert.Contains("artifacts/page.html: OK", tampered.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Openssl_refuses_an_edited_manifest()
    {
        var dir = capture.Unzip(await capture.WritePackageAsync());
        var manifest = Path.Combine(dir, "manifest.json");
        await File.WriteAllBytesAsync(manifest, FakeCapture.FlipByte(await File.ReadAllBytesAsync(manifest), 20));

        var result = await ProcessRunner.ShellAsync("openssl dgst -sha256 -verify public-key.pem -signature manifest.json.sig manifest.json", dir);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Verification failure", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wacz_resources_match_datapackage_and_the_digest_signature_verifies_with_the_embedded_key()
    {
        var dir = capture.Unzip(await capture.WritePackageAsync());
        using var wacz = ZipFile.OpenRead(Path.Combine(dir, "capture.wacz"));
        Assert.All(wacz.Entries, e => Assert.Equal(e.Length, e.CompressedLength));   // stored, not deflated

        byte[] Read(string name)
        {
            using var s = wacz.GetEntry(name)!.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        }

        Assert.Equal(capture.Warc, Read("archive/data.warc"));
        var pages = Encoding.UTF8.GetString(Read("pages/pages.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("""{"format":"json-pages-1.0","id":"pages","title":"All Pages"}""", pages[0]);
        using (var page = JsonDocument.Parse(pages[1]))
        {
            Assert.Equal("https://shop.example/p/1?ref=x", page.RootElement.GetProperty("url").GetString());
            Assert.Equal("Đồng hồ", page.RootElement.GetProperty("title").GetString());
            Assert.True(DateTimeOffset.TryParse(page.RootElement.GetProperty("ts").GetString(), out _));
        }

        // The CDXJ index points at the resource record: offset and length cut exactly that record out of the WARC.
        var index = Encoding.UTF8.GetString(Read("indexes/index.cdx")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(index);
        Assert.StartsWith("example,shop)/p/1?ref=x 20261123010203 {", line, StringComparison.Ordinal);
        using (var cdx = JsonDocument.Parse(line[line.IndexOf('{', StringComparison.Ordinal)..]))
        {
            var offset = int.Parse(cdx.RootElement.GetProperty("offset").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var length = int.Parse(cdx.RootElement.GetProperty("length").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var record = Encoding.UTF8.GetString(capture.Warc, offset, length);
            Assert.StartsWith("WARC/1.1\r\nWARC-Type: resource\r\n", record, StringComparison.Ordinal);
            Assert.EndsWith("</html>\r\n\r\n", record, StringComparison.Ordinal);
            Assert.Equal(capture.Warc.Length, offset + length);
            Assert.Equal("text/html", cdx.RootElement.GetProperty("mime").GetString());
            Assert.Equal("data.warc", cdx.RootElement.GetProperty("filename").GetString());
        }

        var dataPackage = Read("datapackage.json");
        using var package = JsonDocument.Parse(dataPackage);
        Assert.Equal("data-package", package.RootElement.GetProperty("profile").GetString());
        Assert.Equal("1.1.1", package.RootElement.GetProperty("wacz_version").GetString());
        var resources = package.RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(["archive/data.warc", "indexes/index.cdx", "pages/pages.jsonl"], resources.Select(r => r.GetProperty("path").GetString()));
        foreach (var r in resources)
        {
            var bytes = Read(r.GetProperty("path").GetString()!);
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)), r.GetProperty("hash").GetString());
            Assert.Equal(bytes.Length, r.GetProperty("bytes").GetInt64());
        }

        using var digest = JsonDocument.Parse(Read("datapackage-digest.json"));
        var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(dataPackage));
        Assert.Equal("datapackage.json", digest.RootElement.GetProperty("path").GetString());
        Assert.Equal(hash, digest.RootElement.GetProperty("hash").GetString());
        var signed = digest.RootElement.GetProperty("signedData");
        Assert.Equal(hash, signed.GetProperty("hash").GetString());
        Assert.Equal(["hash", "created", "software", "signature", "publicKey"], signed.EnumerateObject().Select(p => p.Name));
        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(signed.GetProperty("publicKey").GetString()!), out _);
        var signature = Convert.FromBase64String(signed.GetProperty("signature").GetString()!);
        Assert.True(key.VerifyData(Encoding.UTF8.GetBytes(hash), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        Assert.False(key.VerifyData(Encoding.UTF8.GetBytes(hash + "0"), signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Fact]
    public async Task A_changed_artifact_is_named_even_when_SHA256SUMS_was_recomputed()
    {
        var zip = await capture.WritePackageAsync();
        var flipped = FakeCapture.Rewrite(zip, "artifacts/page.html", b => FakeCapture.FlipByte(b, 3));
        var resummed = FakeCapture.Rewrite(flipped, "SHA256SUMS", _ => Resum(flipped));

        var result = await VerifyFileAsync(resummed);

        Assert.False(result.Valid);
        Assert.Equal(["Tệp page.html (html): SHA-256 không khớp"], result.Problems);
        var plain = await VerifyFileAsync(flipped);
        Assert.Contains("Tệp artifacts/page.html: SHA-256 không khớp SHA256SUMS", plain.Problems);
    }

    [Fact]
    public async Task Edited_custody_and_a_tampered_wacz_are_named()
    {
        var zip = await capture.WritePackageAsync();
        var custody = FakeCapture.Rewrite(zip, "custody.jsonl",
            b => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("Lý do 3", "Lý do khác", StringComparison.Ordinal)));
        Assert.Contains("Nhật ký lưu giữ: mục #3 bị sửa (hash không khớp)", (await VerifyFileAsync(custody)).Problems);

        var wacz = FakeCapture.Rewrite(zip, "capture.wacz", b => FakeCapture.Rewrite(b, "pages/pages.jsonl", p => FakeCapture.FlipByte(p, 2)));
        var problems = (await VerifyFileAsync(wacz)).Problems;
        Assert.Contains("capture.wacz: tệp pages/pages.jsonl không khớp datapackage.json", problems);
        Assert.Contains("Tệp capture.wacz: SHA-256 không khớp SHA256SUMS", problems);
    }

    [Fact]
    public async Task A_rewritten_datapackage_with_a_recomputed_digest_fails_on_the_digest_signature()
    {
        var zip = await capture.WritePackageAsync();
        var forged = FakeCapture.Rewrite(zip, "capture.wacz", wacz =>
        {
            byte[] dataPackage = [];
            var renamed = FakeCapture.Rewrite(wacz, "datapackage.json", b =>
                dataPackage = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("Bằng chứng", "Giả mạo", StringComparison.Ordinal)));
            var hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(dataPackage));
            return FakeCapture.Rewrite(renamed, "datapackage-digest.json", d =>
            {
                using var digest = JsonDocument.Parse(d);
                var oldHash = digest.RootElement.GetProperty("hash").GetString()!;
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(d).Replace(oldHash, hash, StringComparison.Ordinal));
            });
        });

        var problems = (await VerifyFileAsync(forged)).Problems;

        Assert.Contains("capture.wacz: chữ ký trong datapackage-digest.json không hợp lệ", problems);
        Assert.DoesNotContain(problems, p => p.Contains("datapackage.json không khớp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_added_to_artifacts_is_named_even_with_SHA256SUMS_recomputed()
    {
        var zip = await capture.WritePackageAsync();
        var added = zip.Replace(".zip", "-added.zip", StringComparison.Ordinal);
        File.Copy(zip, added);
        using (var archive = ZipFile.Open(added, ZipArchiveMode.Update))
        {
            using var stream = archive.CreateEntry("artifacts/extra.png").Open();
            stream.Write("planted"u8);
        }

        var resummed = FakeCapture.Rewrite(added, "SHA256SUMS", _ => Resum(added));

        Assert.Equal(["Tệp artifacts/extra.png không có trong manifest.json"], (await VerifyFileAsync(resummed)).Problems);
    }

    [Fact]
    public async Task Unsafe_artifact_names_are_refused_and_a_non_zip_throws()
    {
        var input = capture.Input with
        {
            Manifest = capture.Input.Manifest with { Artifacts = [capture.Input.Manifest.Artifacts[0] with { FileName = "../evil.png" }] },
        };
        await Assert.ThrowsAsync<ArgumentException>(() => capture.WritePackageAsync(input));
        await Assert.ThrowsAsync<InvalidDataException>(() => EvidencePackage.VerifyAsync(new MemoryStream("not a zip"u8.ToArray()), CancellationToken.None));
    }

    private static async Task<VerificationResult> VerifyFileAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        return await EvidencePackage.VerifyAsync(stream, CancellationToken.None);
    }

    private static byte[] Resum(string zipPath)
    {
        using var archive = ZipFile.OpenRead(zipPath);
        var lines = new StringBuilder();
        foreach (var e in archive.Entries.Where(e => e.FullName != "SHA256SUMS"))
        {
            using var s = e.Open();
            lines.Append(Convert.ToHexStringLower(SHA256.HashData(s))).Append("  ").Append(e.FullName).Append('\n');
        }

        return Encoding.ASCII.GetBytes(lines.ToString());
    }
}
