using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace Enforcement.Evidence.Integrity;

/// <summary>
/// RFC 3161 client: asks a time-stamping authority to sign "these bytes existed at time T".
/// Checks the reply against the request (hash, nonce, signature) before trusting it.
/// </summary>
public sealed class TimestampClient(HttpClient http)
{
    private const int MaxReplyBytes = 1024 * 1024;

    /// <summary>Returns the DER timestamp token (a CMS SignedData). Throws <see cref="CryptographicException"/> when the reply does not match.</summary>
    public async Task<byte[]> StampAsync(Uri tsa, ReadOnlyMemory<byte> data, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tsa);
        var request = BuildRequest(data.Span);
        using var content = new ByteArrayContent(request.Encode());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
        using var response = await http.PostAsync(tsa, content, ct);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentType?.MediaType != "application/timestamp-reply")
        {
            throw new CryptographicException($"The time-stamping authority answered {response.Content.Headers.ContentType?.MediaType ?? "without a content type"}, not application/timestamp-reply.");
        }

        var reply = await ReadLimitedAsync(response.Content, ct);
        return Accept(request, reply, data.Span);
    }

    /// <summary>True when the token is well formed, signed, and stamps exactly these bytes; <paramref name="at"/> is the TSA's time.</summary>
    public static bool Verify(ReadOnlySpan<byte> token, ReadOnlySpan<byte> data, out DateTimeOffset at)
    {
        at = default;
        if (!Rfc3161TimestampToken.TryDecode(token.ToArray(), out var decoded, out _)
            || !decoded.VerifySignatureForData(data, out _))
        {
            return false;
        }

        at = decoded.TokenInfo.Timestamp;
        return true;
    }

    internal static Rfc3161TimestampRequest BuildRequest(ReadOnlySpan<byte> data) =>
        Rfc3161TimestampRequest.CreateFromData(data, HashAlgorithmName.SHA256,
            requestedPolicyId: null, nonce: RandomNumberGenerator.GetBytes(16), requestSignerCertificates: true);

    /// <summary>ProcessResponse checks status, message imprint and nonce; the signature is checked again over the data itself.</summary>
    internal static byte[] Accept(Rfc3161TimestampRequest request, ReadOnlyMemory<byte> reply, ReadOnlySpan<byte> data)
    {
        var token = request.ProcessResponse(reply, out _);
        if (!token.VerifySignatureForData(data, out _))
        {
            throw new CryptographicException("The timestamp token's signature does not verify for the data.");
        }

        return token.AsSignedCms().Encode();
    }

    private static async Task<byte[]> ReadLimitedAsync(HttpContent content, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxReplyBytes)
            {
                throw new CryptographicException("The time-stamping authority's reply is too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
