using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Evidence.Warc;

/// <summary>
/// A minimal, uncompressed WARC 1.1 writer: warcinfo, request/response pairs and resource records,
/// each with sha256 block and payload digests (lower-case hex). Writes are serialized; records are
/// appended as they arrive, so a large capture never sits in memory as a whole.
/// </summary>
internal sealed class WarcWriter : IAsyncDisposable
{
    private readonly FileStream _file;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly TimeProvider _time;
    private bool _closed;

    private WarcWriter(FileStream file, TimeProvider time) { _file = file; _time = time; }

    public long Length => _file.Length;

    public static async Task<WarcWriter> CreateAsync(string path, TimeProvider time, IReadOnlyDictionary<string, string> info, CancellationToken ct)
    {
        var writer = new WarcWriter(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read), time);
        var fields = new StringBuilder();
        foreach (var (name, value) in info) fields.Append(name).Append(": ").Append(Clean(value)).Append("\r\n");
        var block = Encoding.UTF8.GetBytes(fields.ToString());
        await writer.WriteRecordAsync(
        [
            ("WARC-Type", "warcinfo"), ("WARC-Filename", Path.GetFileName(path)),
            ("Content-Type", "application/warc-fields"),
        ], block, payloadOffset: null, ct);
        return writer;
    }

    /// <summary>A request and its response, linked by WARC-Concurrent-To. Blocks are HTTP/1.1 messages.</summary>
    public async Task WriteExchangeAsync(string targetUri, DateTimeOffset date, string? ipAddress,
        byte[] requestHead, byte[]? requestBody, byte[] responseHead, byte[]? responseBody, CancellationToken ct)
    {
        var responseId = NewId();
        var responseBlock = Concat(responseHead, responseBody);
        List<(string, string)> responseHeaders =
        [
            ("WARC-Type", "response"), ("WARC-Record-ID", responseId), ("WARC-Date", Format(date)),
            ("WARC-Target-URI", targetUri), ("Content-Type", "application/http;msgtype=response"),
        ];
        if (ipAddress is not null) responseHeaders.Add(("WARC-IP-Address", ipAddress));
        var requestBlock = Concat(requestHead, requestBody);
        List<(string, string)> requestHeaders =
        [
            ("WARC-Type", "request"), ("WARC-Record-ID", NewId()), ("WARC-Date", Format(date)),
            ("WARC-Target-URI", targetUri), ("WARC-Concurrent-To", responseId),
            ("Content-Type", "application/http;msgtype=request"),
        ];
        await _lock.WaitAsync(ct);
        try
        {
            await WriteRecordLockedAsync(responseHeaders, responseBlock, responseHead.Length, ct);
            await WriteRecordLockedAsync(requestHeaders, requestBlock, requestHead.Length, ct);
        }
        finally { _lock.Release(); }
    }

    /// <summary>A file the capture made itself (screenshot, PDF, MHTML), under a urn: target.</summary>
    public async Task WriteResourceAsync(string targetUri, string contentType, byte[] content, CancellationToken ct) =>
        await WriteRecordAsync(
        [
            ("WARC-Type", "resource"), ("WARC-Target-URI", targetUri), ("Content-Type", contentType),
        ], content, payloadOffset: 0, ct);

    private async Task WriteRecordAsync(List<(string, string)> headers, byte[] block, int? payloadOffset, CancellationToken ct)
    {
        headers.Insert(1, ("WARC-Record-ID", NewId()));
        headers.Insert(2, ("WARC-Date", Format(_time.GetUtcNow())));
        await _lock.WaitAsync(ct);
        try { await WriteRecordLockedAsync(headers, block, payloadOffset, ct); }
        finally { _lock.Release(); }
    }

    private async Task WriteRecordLockedAsync(List<(string Name, string Value)> headers, byte[] block, int? payloadOffset, CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);   // a response that arrived after the capture ended
        var head = new StringBuilder("WARC/1.1\r\n");
        foreach (var (name, value) in headers) head.Append(name).Append(": ").Append(Clean(value)).Append("\r\n");
        if (payloadOffset is int offset)
            head.Append("WARC-Payload-Digest: sha256:").Append(Hex(block.AsSpan(offset))).Append("\r\n");
        head.Append("WARC-Block-Digest: sha256:").Append(Hex(block)).Append("\r\n");
        head.Append("Content-Length: ").Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        await _file.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()), ct);
        await _file.WriteAsync(block, ct);
        await _file.WriteAsync("\r\n\r\n"u8.ToArray(), ct);
    }

    /// <summary>Waits for a write in progress, then closes; later writes throw ObjectDisposedException.</summary>
    public async ValueTask DisposeAsync()
    {
        await _lock.WaitAsync();
        try
        {
            if (_closed) return;
            _closed = true;
            await _file.FlushAsync();
            await _file.DisposeAsync();
        }
        finally { _lock.Release(); }
    }

    private static string NewId() => $"<urn:uuid:{Guid.NewGuid()}>";
    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    private static string Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
    /// <summary>Header values stay on one line whatever a server sent.</summary>
    private static string Clean(string value) => value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static byte[] Concat(byte[] head, byte[]? body)
    {
        if (body is null || body.Length == 0) return head;
        var all = new byte[head.Length + body.Length];
        head.CopyTo(all, 0);
        body.CopyTo(all, head.Length);
        return all;
    }
}
