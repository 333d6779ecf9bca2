using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace Enforcement.Api.Complaints.Submit;

/// <summary>
/// Looks through an upload, chunk by chunk, for content that acts when opened: HTML or script in an
/// image (a polyglot a browser could run) and, in a PDF, JavaScript, launch actions, embedded files or
/// rich media, also when the name is hex-escaped (/J#61vaScript) or hidden in a compressed object stream.
/// </summary>
internal sealed class ActiveContentScanner
{
    private static readonly byte[][] HtmlMarkers = [.. new[] { "<script", "<html", "<iframe", "<svg", "<body", "<object", "<embed", "<!doctype html", "javascript:" }.Select(Encoding.ASCII.GetBytes)];
    private static readonly SearchValues<byte> MarkerStarts = SearchValues.Create("<jJ"u8);
    private static readonly SearchValues<byte> NameDelimiters = SearchValues.Create("()<>[]{}/%"u8);
    private static readonly HashSet<string> PdfActions = new(StringComparer.Ordinal) { "JavaScript", "JS", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia" };
    private const int Overlap = 16;
    private const int LongestName = 13; // "EmbeddedFiles"
    private const long MaxInflated = 64L * 1024 * 1024;

    private readonly byte[] _window = new byte[Overlap + 81920];
    private int _carry;
    private readonly StringBuilder _name = new();
    private bool _inName;
    private int _hexLeft;
    private int _hexValue;

    public bool HasHtml { get; private set; }
    public string? PdfAction { get; private set; }
    public bool HasObjectStreams { get; private set; }

    // Both searches jump between candidate bytes with vectorized IndexOfAny: a byte-by-byte loop over 20 uploads of
    // 10 MB took the CPU from /health on two cores (docs/decisions/0012).
    public void Feed(ReadOnlySpan<byte> chunk)
    {
        ScanNames(chunk);
        while (chunk.Length > 0 && !HasHtml)
        {
            var take = Math.Min(chunk.Length, _window.Length - _carry);
            chunk[..take].CopyTo(_window.AsSpan(_carry));
            var span = _window.AsSpan(0, _carry + take);
            HasHtml = ContainsMarker(span);
            var keep = Math.Min(Overlap, span.Length);
            span[^keep..].CopyTo(_window);
            _carry = keep;
            chunk = chunk[take..];
        }
    }

    /// <summary>A marker cut by the end of the span is found in the next one, which starts with the last 16 bytes.</summary>
    private static bool ContainsMarker(ReadOnlySpan<byte> span)
    {
        for (var at = span.IndexOfAny(MarkerStarts); at >= 0;)
        {
            var rest = span[at..];
            foreach (var marker in HtmlMarkers)
            {
                if (rest.Length >= marker.Length && Ascii.EqualsIgnoreCase(rest[..marker.Length], marker)) return true;
            }
            var next = rest[1..].IndexOfAny(MarkerStarts);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>PDF names: "/" then regular characters, with #xx escapes decoded. Outside a name, skip to the next "/".</summary>
    private void ScanNames(ReadOnlySpan<byte> chunk)
    {
        for (var i = 0; i < chunk.Length; i++)
        {
            if (!_inName && _hexLeft == 0)
            {
                var slash = chunk[i..].IndexOf((byte)'/');
                if (slash < 0) return;
                i += slash;
            }
            Name(chunk[i]);
        }
    }

    private void Name(byte b)
    {
        if (_hexLeft > 0)
        {
            _hexValue = (_hexValue << 4) | HexDigit(b);
            if (--_hexLeft == 0) Append((char)(_hexValue & 0xFF));
            return;
        }
        if (_inName && b == '#') { _hexLeft = 2; _hexValue = 0; return; }
        var regular = b > 32 && b < 127 && !NameDelimiters.Contains(b);
        if (_inName && regular) { Append((char)b); return; }
        if (_inName) EndName();
        if (b == '/') { _inName = true; _name.Clear(); }
    }

    private void Append(char c)
    {
        if (_name.Length <= LongestName) _name.Append(c);
    }

    private void EndName()
    {
        _inName = false;
        if (_name.Length is < 2 or > LongestName) return;
        var name = _name.ToString();
        if (PdfAction is null && PdfActions.Contains(name)) PdfAction = name;
        if (name == "ObjStm") HasObjectStreams = true;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => 0,
    };

    public void Complete()
    {
        if (_inName) EndName();
    }

    /// <summary>
    /// A second pass for PDFs with compressed object streams: every Flate-compressed stream is inflated and
    /// scanned. A stream that would inflate past 64 MB counts as hostile (a zip bomb).
    /// </summary>
    public static async Task<string?> ScanCompressedStreamsAsync(Func<Stream> open, CancellationToken ct)
    {
        await using var source = open();
        using var memory = new MemoryStream();
        await source.CopyToAsync(memory, ct); // at most one 10 MB file, and only a PDF with object streams
        var pdf = memory.GetBuffer().AsMemory(0, (int)memory.Length);
        var total = 0L;
        for (var at = IndexOf(pdf.Span, "stream"u8, 0); at >= 0; at = IndexOf(pdf.Span, "stream"u8, at + 6))
        {
            if (at >= 3 && pdf.Span.Slice(at - 3, 3).SequenceEqual("end"u8)) continue;
            var start = at + 6;
            if (start < pdf.Length && pdf.Span[start] == '\r') start++;
            if (start < pdf.Length && pdf.Span[start] == '\n') start++;
            var end = IndexOf(pdf.Span, "endstream"u8, start);
            if (end < 0) break;
            var inner = new ActiveContentScanner();
            try
            {
                await using var zlib = new ZLibStream(new MemoryStream(pdf[start..end].ToArray()), CompressionMode.Decompress);
                var buffer = new byte[81920];
                for (int n; (n = await zlib.ReadAsync(buffer, ct)) > 0;)
                {
                    total += n;
                    if (total > MaxInflated) return "compressed data too large";
                    inner.Feed(buffer.AsSpan(0, n));
                }
            }
            catch (InvalidDataException)
            {
                // not Flate-compressed (an image, another filter): nothing to read as PDF objects
            }
            inner.Complete();
            if (inner.PdfAction is { } action) return action;
            at = end;
        }
        return null;
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle, int from)
    {
        if (from >= haystack.Length) return -1;
        var i = haystack[from..].IndexOf(needle);
        return i < 0 ? -1 : from + i;
    }
}
