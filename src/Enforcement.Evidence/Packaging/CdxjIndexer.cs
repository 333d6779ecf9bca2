using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Enforcement.Evidence.Packaging;

/// <summary>
/// indexes/index.cdx for the WACZ: one CDXJ line per response, resource or revisit record of an uncompressed WARC
/// ("&lt;surt&gt; &lt;yyyyMMddHHmmss&gt; {json}"), sorted, so replay tools can find a URL without reading the whole WARC.
/// </summary>
internal static class CdxjIndexer
{
    private const int MaxHeaderBytes = 64 * 1024;
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads <paramref name="warc"/> (seekable, at its start); throws <see cref="InvalidDataException"/> for a malformed WARC.</summary>
    public static byte[] Index(Stream warc, string fileName)
    {
        var lines = new List<string>();
        while (true)
        {
            var offset = warc.Position;
            var headers = ReadHead(warc, requireWarc: true);
            if (headers is null)
            {
                break;
            }

            if (!headers.TryGetValue("content-length", out var lengthText) || !long.TryParse(lengthText, CultureInfo.InvariantCulture, out var blockLength) || blockLength < 0)
            {
                throw new InvalidDataException($"WARC record at offset {offset} has no valid Content-Length.");
            }

            var blockStart = warc.Position;
            var type = headers.GetValueOrDefault("warc-type");
            Dictionary<string, string>? http = null;
            if (type is "response" or "revisit" && headers.GetValueOrDefault("content-type", "").StartsWith("application/http", StringComparison.OrdinalIgnoreCase))
            {
                http = ReadHead(warc, requireWarc: false);
            }

            warc.Position = blockStart + blockLength;
            SkipRecordEnd(warc);
            if (type is "response" or "resource" or "revisit" && headers.TryGetValue("warc-target-uri", out var url))
            {
                lines.Add(Line(url, headers, http, offset, warc.Position - offset, fileName));
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")));
    }

    private static string Line(string url, Dictionary<string, string> warc, Dictionary<string, string>? http, long offset, long length, string fileName)
    {
        var date = DateTimeOffset.Parse(warc.GetValueOrDefault("warc-date", "1970-01-01T00:00:00Z"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var mime = (http is null ? warc.GetValueOrDefault("content-type") : http.GetValueOrDefault("content-type")) ?? "application/octet-stream";
        var json = new JsonObject
        {
            ["url"] = url,
            ["mime"] = mime.Split(';')[0].Trim(),
            ["status"] = http?.GetValueOrDefault(":status") ?? "200",
        };
        if (warc.TryGetValue("warc-payload-digest", out var digest))
        {
            json["digest"] = digest;
        }

        json["length"] = length.ToString(CultureInfo.InvariantCulture);
        json["offset"] = offset.ToString(CultureInfo.InvariantCulture);
        json["filename"] = fileName;
        return $"{Surt(url)} {date.UtcDateTime:yyyyMMddHHmmss} {JsonSerializer.Serialize(json, Compact)}";
    }

    /// <summary>Sort-friendly URL key as pywb writes it: host reversed without "www.", lower case, query sorted.</summary>
    internal static string Surt(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return url.ToLowerInvariant();
        }

        var host = uri.Host.ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        var key = string.Join(',', host.Split('.').Reverse()) + (uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture));
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        var tail = string.Join('&', query);
        return (key + ")" + uri.AbsolutePath + (tail.Length > 0 ? "?" + tail : "")).ToLowerInvariant();
    }

    /// <summary>Header lines up to the blank line; the first line is the WARC version or HTTP status line. Null at the end of the file.</summary>
    private static Dictionary<string, string>? ReadHead(Stream stream, bool requireWarc)
    {
        var bytes = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            bytes.Add((byte)b);
            if (bytes.Count > MaxHeaderBytes)
            {
                throw new InvalidDataException("WARC header too long.");
            }

            if (bytes.Count >= 4 && bytes[^1] == '\n' && bytes[^2] == '\r' && bytes[^3] == '\n' && bytes[^4] == '\r')
            {
                break;
            }
        }

        var text = Encoding.UTF8.GetString(bytes.ToArray()).TrimStart('\r', '\n');
        if (text.Length == 0)
        {
            return null;
        }

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        if (requireWarc && !lines[0].StartsWith("WARC/", StringComparison.Ordinal))
        {
            throw new InvalidDataException("Not a WARC record: " + lines[0]);
        }

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (lines[0].StartsWith("HTTP/", StringComparison.Ordinal) && lines[0].Split(' ') is [_, var status, ..])
        {
            headers[":status"] = status;
        }

        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers.TryAdd(line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
            }
        }

        return headers;
    }

    private static void SkipRecordEnd(Stream stream)
    {
        // Each record ends with CRLF CRLF; anything else is left for the next header read to reject.
        var start = stream.Position;
        Span<byte> end = stackalloc byte[4];
        if (stream.Read(end) != 4 || !end.SequenceEqual("\r\n\r\n"u8))
        {
            stream.Position = start;
        }
    }
}
