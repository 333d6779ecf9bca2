// TEMPORARY: the agreed surface, so the app compiles while the library is written elsewhere. Deleted at merge.
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Capture
{
    public sealed record CaptureRequest(Uri Url, string Operator, string Reference);
    public interface IWebCapturer { Task<CapturedPage> CaptureAsync(CaptureRequest request, string workDirectory, CancellationToken ct); }
    public sealed record CapturedPage(Uri RequestedUrl, Uri FinalUrl, IReadOnlyList<CapturedFile> Files, CaptureMetadata Metadata, ListingFacts? Listing);
    public sealed record CapturedFile(string Kind, string Path, string MediaType);
    public sealed class CaptureMetadata
    {
        public required IReadOnlyList<string> RedirectChain { get; init; }
        public required DateTimeOffset StartedAt { get; init; }
        public required DateTimeOffset EndedAt { get; init; }
    }
    public sealed record ListingFacts(string? Title, long? PriceVnd, string? Seller, string? ShopUrl, string Source);
    public sealed class CaptureFailedException(string reason, bool retryable) : Exception(reason)
    {
        public string Reason { get; } = reason;
        public bool Retryable { get; } = retryable;
    }
}

namespace Enforcement.Evidence.Safety
{
    public sealed class TargetGuard(IOptions<EvidenceOptions> options)
    {
        public Task<TargetDecision> CheckAsync(Uri url, CancellationToken ct) => Task.FromResult(new TargetDecision(options.Value is not null, null));
    }
    public sealed record TargetDecision(bool Allowed, string? Reason);
}

namespace Enforcement.Evidence
{
    public static class EvidenceCaptureServices
    {
        public static IServiceCollection AddEvidenceCapture(this IServiceCollection services) =>
            services.AddSingleton<Safety.TargetGuard>().AddSingleton<Capture.IWebCapturer, StubCapturer>();
        private sealed class StubCapturer : Capture.IWebCapturer
        {
            public Task<Capture.CapturedPage> CaptureAsync(Capture.CaptureRequest request, string workDirectory, CancellationToken ct) =>
                throw new Capture.CaptureFailedException("stub", false);
        }
    }
}

namespace Enforcement.Evidence.Integrity
{
    public interface IEvidenceStore
    {
        Task<StoredBlob> PutAsync(Stream content, CancellationToken ct);
        Stream OpenRead(string sha256);
    }
    public sealed record StoredBlob(string Sha256, long Size);
    public sealed class FileEvidenceStore(IOptions<EvidenceOptions> options) : IEvidenceStore
    {
        public Task<StoredBlob> PutAsync(Stream content, CancellationToken ct) => throw new NotSupportedException(options.Value.StoreRoot);
        public Stream OpenRead(string sha256) => throw new NotSupportedException();
    }
    public sealed record ManifestArtifact(string Kind, string FileName, string MediaType, string Sha256, long Size);
    public sealed record EvidenceManifest(string EvidenceId, string RequestedUrl, string FinalUrl, DateTimeOffset CapturedAt,
        IReadOnlyList<ManifestArtifact> Artifacts, JsonElement Metadata, JsonElement? Listing)
    {
        public byte[] ToCanonicalJson() => JsonSerializer.SerializeToUtf8Bytes(this);
        public static EvidenceManifest Parse(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<EvidenceManifest>(json)!;
    }
    public sealed class EvidenceSigner
    {
        public static EvidenceSigner LoadOrCreate(string path) => path.Length < 0 ? null! : new EvidenceSigner();
        public byte[] Sign(ReadOnlySpan<byte> data) => data.ToArray();
        public static bool Verify(string publicKeyPem, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) => publicKeyPem.Length > 0 && data.Length == signature.Length;
        public string PublicKeyPem { get; } = "";
        public string Fingerprint { get; } = "";
    }
    public sealed class TimestampClient(HttpClient http)
    {
        public Task<byte[]> StampAsync(Uri tsa, ReadOnlyMemory<byte> data, CancellationToken ct) => throw new NotSupportedException(http.ToString() + tsa);
    }
    public sealed record CustodyRecord(int Sequence, string Action, string Actor, DateTimeOffset At, string? Reason, string PreviousHash, string Hash);
    public static class CustodyChain
    {
        public static string ComputeHash(string evidenceId, int sequence, string action, string actor, DateTimeOffset at, string? reason, string previousHash) => evidenceId + sequence + action + actor + at + reason + previousHash;
        public static IReadOnlyList<string> Verify(string evidenceId, IReadOnlyList<CustodyRecord> records) => records.Count > 0 ? [evidenceId] : [];
    }
    public sealed record VerificationResult(bool Valid, IReadOnlyList<string> Problems);
    public static class EvidenceVerifier
    {
        public static Task<VerificationResult> VerifyAsync(byte[] manifestJson, byte[] signature, string publicKeyPem,
            Func<ManifestArtifact, Stream?> open, IReadOnlyList<CustodyRecord> custody, CancellationToken ct) => throw new NotSupportedException();
    }
}

namespace Enforcement.Evidence.Packaging
{
    using Enforcement.Evidence.Integrity;
    public sealed record PackageInput(EvidenceManifest Manifest, byte[] ManifestJson, byte[] Signature, string PublicKeyPem,
        IReadOnlyList<CustodyRecord> Custody, Func<ManifestArtifact, Stream> Open, byte[]? Timestamp);
    public static class EvidencePackage
    {
        public static Task WriteAsync(PackageInput input, Stream zip, EvidenceSigner signer, CancellationToken ct) => throw new NotSupportedException();
        public static Task<VerificationResult> VerifyAsync(Stream zip, CancellationToken ct) => throw new NotSupportedException();
    }
}
