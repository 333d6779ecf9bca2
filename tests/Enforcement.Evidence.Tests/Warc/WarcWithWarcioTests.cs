using System.Diagnostics;
using System.Text.Json;
using Enforcement.Evidence.Tests.Pages;

namespace Enforcement.Evidence.Tests.Warc;

/// <summary>The WARC read back by npm warcio, a parser this project did not write.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class WarcWithWarcioTests(CaptureFixture fixture)
{
    [Fact]
    public async Task Every_record_parses_and_every_digest_matches()
    {
        var page = await fixture.ListingAsync();
        var warc = page.Files.Single(f => f.Kind == "warc").Path;

        var records = JsonDocument.Parse(await Node(Warcio.Script, Warcio.Directory, warc)).RootElement.EnumerateArray().ToList();

        Assert.Equal("warcinfo", records[0].GetProperty("type").GetString());
        foreach (var r in records)
        {
            var what = $"{r.GetProperty("type")} {r.GetProperty("uri")}";
            Assert.Equal("WARC/1.1", r.GetProperty("version").GetString());
            Assert.True(r.GetProperty("blockDigestOk").GetBoolean(), $"block digest of {what}");
            Assert.NotEqual(JsonValueKind.False, r.GetProperty("payloadDigestOk").ValueKind);
            Assert.Equal(r.GetProperty("declaredLength").GetInt32(), r.GetProperty("length").GetInt32());
            Assert.Matches("^<urn:uuid:[0-9a-f-]{36}>$", r.GetProperty("id").GetString());
        }

        var listing = fixture.Url("/listing");
        var response = records.Single(r => r.GetProperty("type").GetString() == "response" && r.GetProperty("uri").GetString() == listing);
        Assert.Equal("HTTP/1.1 200 OK", response.GetProperty("firstLine").GetString());
        Assert.Equal("127.0.0.1", response.GetProperty("ip").GetString());
        Assert.Equal("application/http;msgtype=response", response.GetProperty("contentType").GetString());
        var request = records.Single(r => r.GetProperty("type").GetString() == "request" && r.GetProperty("uri").GetString() == listing);
        Assert.Equal(response.GetProperty("id").GetString(), request.GetProperty("concurrentTo").GetString());
        Assert.Equal("GET /listing HTTP/1.1", request.GetProperty("firstLine").GetString());
        Assert.Contains(records, r => r.GetProperty("type").GetString() == "response" && r.GetProperty("uri").GetString() == fixture.Url("/img/lazy-far.png"));

        var final = page.FinalUrl.ToString();
        foreach (var (kind, media) in new[] { ("screenshot", "image/png"), ("pdf", "application/pdf"), ("mhtml", "multipart/related") })
        {
            var resource = records.Single(r => r.GetProperty("uri").GetString() == $"urn:enforcement:{kind}:{final}");
            Assert.Equal("resource", resource.GetProperty("type").GetString());
            Assert.Equal(media, resource.GetProperty("contentType").GetString());
            Assert.True(resource.GetProperty("payloadDigestOk").GetBoolean());
        }
        Assert.Equal(new FileInfo(page.Files.Single(f => f.Kind == "png").Path).Length,
            records.Single(r => r.GetProperty("uri").GetString() == $"urn:enforcement:screenshot:{final}").GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Warcio_index_lists_every_record()
    {
        var page = await fixture.ListingAsync();
        var warc = page.Files.Single(f => f.Kind == "warc").Path;

        var index = await Node(Warcio.Cli, "index", warc);
        var lines = index.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parsed = JsonDocument.Parse(await Node(Warcio.Script, Warcio.Directory, warc)).RootElement.GetArrayLength();

        Assert.Equal(parsed, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"warc-type\":\"response\"", StringComparison.Ordinal) && l.Contains("/listing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Body_over_MaxArtifactBytes_is_left_out_but_its_headers_are_kept()
    {
        var page = await fixture.CaptureAsync("/heavy-asset", o => o.MaxArtifactBytes = 4096);

        var asset = fixture.Url("/asset.js");
        Assert.Contains(page.Metadata.Log, l => l.StartsWith("Bỏ nội dung quá lớn (", StringComparison.Ordinal) && l.EndsWith(asset, StringComparison.Ordinal));
        Assert.Contains("đã chạy", await File.ReadAllTextAsync(page.Files.Single(f => f.Kind == "text").Path), StringComparison.Ordinal);
        var records = JsonDocument.Parse(await Node(Warcio.Script, Warcio.Directory, page.Files.Single(f => f.Kind == "warc").Path)).RootElement.EnumerateArray().ToList();
        var response = records.Single(r => r.GetProperty("type").GetString() == "response" && r.GetProperty("uri").GetString() == asset);
        Assert.Equal("HTTP/1.1 200 OK", response.GetProperty("firstLine").GetString());
        Assert.Equal(0, response.GetProperty("payloadLength").GetInt32());
        var html = records.Single(r => r.GetProperty("type").GetString() == "response" && r.GetProperty("uri").GetString() == fixture.Url("/heavy-asset"));
        Assert.True(html.GetProperty("payloadLength").GetInt32() > 50);
    }

    [Fact]
    public async Task Compressed_body_is_stored_decoded_with_the_wire_headers_renamed()
    {
        var page = await fixture.CaptureAsync("/gz");

        var records = JsonDocument.Parse(await Node(Warcio.Script, Warcio.Directory, page.Files.Single(f => f.Kind == "warc").Path)).RootElement.EnumerateArray().ToList();
        var response = records.Single(r => r.GetProperty("type").GetString() == "response" && r.GetProperty("uri").GetString() == fixture.Url("/gz"));
        var head = response.GetProperty("head").GetString()!;
        Assert.Matches(@"\r\nX-Archive-Orig-Content-Encoding: (br|gzip)\r\n", head);   // Kestrel picks Brotli when Chromium offers it
        Assert.Contains($"\r\nContent-Length: {response.GetProperty("payloadLength").GetInt32()}\r\n", head, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\ncontent-encoding:", head, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<!doctype html><html lang=\"vi\"><body><p>Nội dung nén: hàng giả,", response.GetProperty("payloadText").GetString(), StringComparison.Ordinal);
        Assert.True(response.GetProperty("payloadDigestOk").GetBoolean());
    }

    [Fact]
    public async Task A_flipped_byte_is_caught_by_the_digest_check()
    {
        var file = Path.Combine(fixture.NewDirectory(), "t.warc");
        await using (var writer = await Enforcement.Evidence.Warc.WarcWriter.CreateAsync(file, TimeProvider.System, new Dictionary<string, string> { ["software"] = "test" }, CancellationToken.None))
        {
            await writer.WriteExchangeAsync("http://example.vn/a", DateTimeOffset.UtcNow, "203.0.113.7",
                "GET /a HTTP/1.1\r\nHost: example.vn\r\n\r\n"u8.ToArray(), null,
                "HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n"u8.ToArray(), "Giá 99.000đ"u8.ToArray()[..11], CancellationToken.None);
            await writer.WriteResourceAsync("urn:enforcement:screenshot:http://example.vn/a", "image/png", TestSite.Png, CancellationToken.None);
        }
        var good = JsonDocument.Parse(await Node(Warcio.Script, Warcio.Directory, file)).RootElement;
        Assert.Equal(4, good.GetArrayLength());
        Assert.All(good.EnumerateArray(), r => Assert.True(r.GetProperty("blockDigestOk").GetBoolean()));
        Assert.Equal("203.0.113.7", good[1].GetProperty("ip").GetString());

        var bytes = await File.ReadAllBytesAsync(file);
        var at = bytes.AsSpan().IndexOf("Gi\u00e1"u8);
        bytes[at] = (byte)'X';
        await File.WriteAllBytesAsync(file, bytes);
        var bad = JsonDocument.Parse(await Node(Warcio.Script, Warcio.Directory, file)).RootElement;
        Assert.False(bad[1].GetProperty("blockDigestOk").GetBoolean());
        Assert.False(bad[1].GetProperty("payloadDigestOk").GetBoolean());
        Assert.True(bad[2].GetProperty("blockDigestOk").GetBoolean());
    }

    private static async Task<string> Node(params string[] args)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var node = Process.Start(start)!;
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(node.ExitCode == 0, $"node {string.Join(' ', args)} failed: {await stderr}");
        return await stdout;
    }
}

/// <summary>Where scripts/test.sh installs warcio: &lt;repo&gt;/.tools/warcio.</summary>
internal static class Warcio
{
    public static string Directory
    {
        get
        {
            var dir = Path.Combine(RepoRoot, ".tools", "warcio");
            if (!System.IO.Directory.Exists(Path.Combine(dir, "node_modules", "warcio")))
                throw new InvalidOperationException($"warcio is not installed in {dir}: run `npm install --prefix {dir} warcio` (scripts/test.sh does it).");
            return dir;
        }
    }

    public static string Cli => Path.Combine(Directory, "node_modules", "warcio", "dist", "cli.js");

    public static string Script => Path.Combine(RepoRoot, "tests", "Enforcement.Evidence.Tests", "Warc", "verify-warc.mjs");

    private static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) return dir.FullName;
            throw new InvalidOperationException("Enforcement.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
