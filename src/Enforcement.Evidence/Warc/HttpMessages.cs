using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace Enforcement.Evidence.Warc;

/// <summary>
/// HTTP/1.1 message heads for WARC blocks, rebuilt from what the browser saw. The browser hands over
/// bodies already decoded, so the transfer headers that described the wire bytes are kept under an
/// X-Archive-Orig- prefix and Content-Length is set to the stored body.
/// </summary>
internal static class HttpMessages
{
    private static readonly HashSet<string> WireHeaders = new(StringComparer.OrdinalIgnoreCase) { "content-encoding", "transfer-encoding", "content-length" };

    public static byte[] RequestHead(string method, Uri url, IReadOnlyList<Header> headers)
    {
        var head = new StringBuilder().Append(method).Append(' ').Append(url.PathAndQuery).Append(" HTTP/1.1\r\n");
        if (!headers.Any(h => h.Name.Equals("host", StringComparison.OrdinalIgnoreCase)))
            head.Append("Host: ").Append(url.Authority).Append("\r\n");
        foreach (var h in headers)
            if (!h.Name.StartsWith(':')) head.Append(h.Name).Append(": ").Append(OneLine(h.Value)).Append("\r\n");
        return Encoding.UTF8.GetBytes(head.Append("\r\n").ToString());
    }

    public static byte[] ResponseHead(int status, string? statusText, IReadOnlyList<Header> headers, int? bodyLength)
    {
        var reason = string.IsNullOrWhiteSpace(statusText) ? ReasonPhrases.GetReasonPhrase(status) : statusText;
        var head = new StringBuilder("HTTP/1.1 ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(reason).Append("\r\n");
        foreach (var h in headers)
        {
            if (h.Name.StartsWith(':')) continue;
            var name = WireHeaders.Contains(h.Name) ? "X-Archive-Orig-" + h.Name : h.Name;
            head.Append(name).Append(": ").Append(OneLine(h.Value)).Append("\r\n");
        }
        head.Append("Content-Length: ").Append((bodyLength ?? 0).ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        return Encoding.UTF8.GetBytes(head.ToString());
    }

    public static long? ContentLength(IReadOnlyList<Header> headers) =>
        headers.FirstOrDefault(h => h.Name.Equals("content-length", StringComparison.OrdinalIgnoreCase)) is { } h
        && long.TryParse(h.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static bool HasBody(int status) => status is not (204 or 304) && (status < 300 || status >= 400);

    // Playwright joins repeated headers (Set-Cookie) with '\n'; keep each on its own line.
    private static string OneLine(string value) => value.Replace("\r", "", StringComparison.Ordinal).Replace("\n", ", ", StringComparison.Ordinal);
}
