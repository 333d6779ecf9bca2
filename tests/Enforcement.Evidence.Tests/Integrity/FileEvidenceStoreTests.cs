using System.Security.Cryptography;
using System.Text;
using Enforcement.Evidence.Integrity;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Tests.Integrity;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class FileEvidenceStoreTests : IDisposable
{
    private readonly TempDirectory temp = new();

    private FileEvidenceStore Store() => new(Options.Create(new EvidenceOptions { StoreRoot = temp.Combine("store") }));

    [Fact]
    public async Task Put_then_read_returns_the_same_bytes_at_a_content_addressed_path()
    {
        var bytes = Encoding.UTF8.GetBytes("Ảnh chụp màn hình của trang bán hàng");
        var blob = await Store().PutAsync(new MemoryStream(bytes), CancellationToken.None);

        var expected = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(expected, blob.Sha256);
        Assert.Equal(bytes.Length, blob.Size);
        Assert.True(File.Exists(temp.Combine("store", expected[..2], expected[2..4], expected)));
        await using var read = Store().OpenRead(blob.Sha256);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
    }

    [Fact]
    public async Task Same_bytes_twice_is_one_blob_and_is_not_rewritten()
    {
        var store = Store();
        var first = await store.PutAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);
        var path = store.PathFor(first.Sha256);
        var written = File.GetLastWriteTimeUtc(path);
        File.SetLastWriteTimeUtc(path, written.AddDays(-1));   // a rewrite would move this forward again

        var second = await store.PutAsync(new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Equal(written.AddDays(-1), File.GetLastWriteTimeUtc(path));
        Assert.Single(Directory.GetFiles(temp.Combine("store"), "*", SearchOption.AllDirectories));   // no temp file left
    }

    [Fact]
    public async Task Stored_files_are_read_only_0444()
    {
        var store = Store();
        var blob = await store.PutAsync(new MemoryStream([9, 9, 9]), CancellationToken.None);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(store.PathFor(blob.Sha256)));
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_bytes_all_succeed_with_one_intact_blob()
    {
        var store = Store();
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        var puts = Enumerable.Range(0, 8).Select(_ => Task.Run(() => store.PutAsync(new MemoryStream(bytes), CancellationToken.None)));

        var blobs = await Task.WhenAll(puts);

        Assert.Single(blobs.Distinct());
        Assert.Single(Directory.GetFiles(temp.Combine("store"), "*", SearchOption.AllDirectories));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(store.PathFor(blobs[0].Sha256)));
    }

    [Fact]
    public void Missing_blob_throws_FileNotFound_and_a_non_hash_is_refused()
    {
        var store = Store();
        Assert.Throws<FileNotFoundException>(() => store.OpenRead(new string('a', 64)));
        Assert.Throws<ArgumentException>(() => store.OpenRead("../../etc/passwd"));
    }

    public void Dispose() => temp.Dispose();
}
