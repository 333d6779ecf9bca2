using System.Text.Json;
using Microsoft.Playwright;

namespace Enforcement.Evidence.Capture;

internal static class TlsFacts
{
    /// <summary>Chromium's own record of the main document's TLS (exact dates) when seen, else Playwright's.</summary>
    public static TlsDetails? From(ResponseSecurityDetailsResult? tls, JsonElement? cdp)
    {
        if (cdp is { ValueKind: JsonValueKind.Object } d)
            return new TlsDetails(Text(d, "protocol"), Text(d, "subjectName"), Text(d, "issuer"), Epoch(d, "validFrom"), Epoch(d, "validTo"), Sha256Fingerprint: null);
        return string.IsNullOrEmpty(tls?.Protocol) ? null
            : new TlsDetails(tls.Protocol, tls.SubjectName, tls.Issuer, FromUnix(tls.ValidFrom), FromUnix(tls.ValidTo), Sha256Fingerprint: null);

        static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static DateTimeOffset? Epoch(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.TryGetDouble(out var s) ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(s * 1000)) : null;
    }

    private static DateTimeOffset? FromUnix(float? seconds) => seconds is float s ? DateTimeOffset.FromUnixTimeSeconds((long)s) : null;
}
