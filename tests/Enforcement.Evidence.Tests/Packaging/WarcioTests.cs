using System.IO.Compression;
using System.Text.Json;

namespace Enforcement.Evidence.Tests.Packaging;

/// <summary>warcio reads the WACZ's WARC and indexes it the same way our CDXJ index does.</summary>
public sealed class WarcioTests : IAsyncLifetime
{
    private FakeCapture capture = null!;

    public async Task InitializeAsync() => capture = await FakeCapture.CreateAsync();

    public Task DisposeAsync()
    {
        capture.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Warcio_reads_archive_data_warc_and_agrees_with_indexes_index_cdx()
    {
        var dir = capture.Unzip(await capture.WritePackageAsync());
        var wacz = Path.Combine(dir, "wacz");
        ZipFile.ExtractToDirectory(Path.Combine(dir, "capture.wacz"), wacz);
        var archive = Path.Combine(wacz, "archive");

        var records = await ProcessRunner.RunAsync("node", [Warc.Warcio.Cli, "index", "data.warc"], archive);
        Assert.Equal(0, records.ExitCode);
        var types = Lines(records.Output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("warc-type").GetString()).ToList();
        Assert.Equal(["warcinfo", "resource"], types);

        var theirs = await ProcessRunner.RunAsync("node", [Warc.Warcio.Cli, "cdx-index", "data.warc"], archive);
        Assert.Equal(0, theirs.ExitCode);
        var ours = await File.ReadAllTextAsync(Path.Combine(wacz, "indexes", "index.cdx"));
        Assert.Equal(string.Join("\n", Lines(theirs.Output).Select(Key)), string.Join("\n", Lines(ours).Select(Key)));

        // warcio.js stops a record's length before the CRLF CRLF that ends it; ours spans the whole record, so
        // offset + length is the next record's offset (what Python's cdxj-indexer writes for an uncompressed WARC).
        Assert.Equal(Lines(theirs.Output).Select(l => Length(l) + 4), Lines(ours).Select(Length));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>URL key, timestamp, type and where the record starts: what a replay tool looks up.</summary>
    private static string Key(string line)
    {
        var parts = line.Split(' ', 3);
        using var json = JsonDocument.Parse(parts[2]);
        var r = json.RootElement;
        return string.Join(' ', parts[0], parts[1], r.GetProperty("url").GetString(), r.GetProperty("mime").GetString(),
            r.GetProperty("offset").ToString(), r.GetProperty("filename").GetString());
    }

    private static long Length(string line)
    {
        using var json = JsonDocument.Parse(line.Split(' ', 3)[2]);
        return long.Parse(json.RootElement.GetProperty("length").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
