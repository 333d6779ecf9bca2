using Enforcement.Evidence;
using Enforcement.Evidence.Integrity;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Evidence;

/// <summary>The deployment's signing key, loaded (or created) on first use, and the optional time-stamping authority.</summary>
internal sealed class EvidenceKeys(IOptions<EvidenceOptions> options, IHttpClientFactory http, ILogger<EvidenceKeys> logger)
{
    private readonly Lazy<EvidenceSigner> _signer = new(() => EvidenceSigner.LoadOrCreate(options.Value.SigningKeyPath));

    public EvidenceSigner Signer => _signer.Value;

    /// <summary>A token from the configured TSA, or null: a TSA outage must not lose the capture; the manifest is signed either way.</summary>
    public async Task<byte[]?> TryStampAsync(byte[] data, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(options.Value.TimestampAuthorityUrl)) return null;
        try
        {
            return await new TimestampClient(http.CreateClient("tsa")).StampAsync(new Uri(options.Value.TimestampAuthorityUrl), data, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Security.Cryptography.CryptographicException or TaskCanceledException)
        {
            logger.LogWarning(ex, "The time-stamping authority did not answer; the manifest is signed without a token");
            return null;
        }
    }
}
