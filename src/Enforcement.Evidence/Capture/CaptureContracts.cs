namespace Enforcement.Evidence.Capture;

/// <summary>What to capture and for whom. Reference is opaque here (the app passes e.g. a case code).</summary>
public sealed record CaptureRequest(Uri Url, string Operator, string Reference);

/// <summary>Captures one web page into files in a work directory the caller creates and deletes.</summary>
public interface IWebCapturer
{
    Task<CapturedPage> CaptureAsync(CaptureRequest request, string workDirectory, CancellationToken ct);
}

public sealed record CapturedPage(Uri RequestedUrl, Uri FinalUrl, IReadOnlyList<CapturedFile> Files, CaptureMetadata Metadata, ListingFacts? Listing);

/// <summary>Kind: "png" | "pdf" | "mhtml" | "html" | "text" | "har" | "warc".</summary>
public sealed record CapturedFile(string Kind, string Path, string MediaType);

/// <summary>Serialized to JSON (camelCase) into the manifest as is.</summary>
public sealed class CaptureMetadata
{
    /// <summary>Requested URL first, final URL last.</summary>
    public required IReadOnlyList<string> RedirectChain { get; init; }
    public int? HttpStatus { get; init; }
    public string? ServerIp { get; init; }
    public int? ServerPort { get; init; }
    public TlsDetails? Tls { get; init; }
    public required IReadOnlyDictionary<string, string> ResponseHeaders { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset EndedAt { get; init; }
    public required string BrowserVersion { get; init; }
    public required string UserAgent { get; init; }
    /// <summary>"1366x900".</summary>
    public required string Viewport { get; init; }
    public required string Operator { get; init; }
    public required string Reference { get; init; }
    /// <summary>Consent dismissals, dialogs dismissed, downloads blocked, requests refused.</summary>
    public required IReadOnlyList<string> Log { get; init; }
}

public sealed record TlsDetails(string? Protocol, string? Subject, string? Issuer, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, string? Sha256Fingerprint);

/// <summary>Source: "json-ld" | "open-graph" | "rule:shopee" ...</summary>
public sealed record ListingFacts(string? Title, long? PriceVnd, string? Seller, string? ShopUrl, string Source);

/// <summary>A capture that did not produce evidence. Reason is short Vietnamese for staff.</summary>
public sealed class CaptureFailedException(string reason, bool retryable) : Exception(reason)
{
    public string Reason { get; } = reason;
    public bool Retryable { get; } = retryable;
}
