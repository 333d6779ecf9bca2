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

