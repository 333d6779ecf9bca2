using System.ComponentModel.DataAnnotations;

namespace Enforcement.Evidence;

/// <summary>Configuration section "Evidence": the capture browser, its limits, the store and the signing key.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Debian's Chromium; the app never downloads a browser.</summary>
    [Required] public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    /// <summary>Browser contexts working at once, per app instance.</summary>
    [Range(1, 16)] public int PoolSize { get; set; } = 2;

    [Range(1, 600)] public int NavigationTimeoutSeconds { get; set; } = 30;

    /// <summary>The whole capture, from navigation to the last artifact.</summary>
    [Range(5, 1800)] public int CaptureTimeoutSeconds { get; set; } = 120;

    [Range(50, 10_000)] public int ScrollStepMilliseconds { get; set; } = 300;

    /// <summary>An endless page stops growing here.</summary>
    [Range(0, 1000)] public int MaxScrollSteps { get; set; } = 30;

    [Range(0, 50)] public int MaxRedirects { get; set; } = 10;

    /// <summary>Consent overlays clicked away before the capture; each click is logged.</summary>
    public List<string> ConsentSelectors { get; set; } =
    [
        "#onetrust-accept-btn-handler",
        "button[data-consent='accept']",
        "button:has-text('Chấp nhận')",
        "button:has-text('Đồng ý')",
        "button:has-text('Accept all')",
    ];

    /// <summary>The SSRF allowlist: CIDRs ("127.0.0.0/8") or "host:port". Empty in production.</summary>
    public List<string> AllowedTargets { get; set; } = [];

    [Range(1024, long.MaxValue)] public long MaxArtifactBytes { get; set; } = 50L * 1024 * 1024;

    [Range(1024, long.MaxValue)] public long MaxCaptureBytes { get; set; } = 200L * 1024 * 1024;

    [Range(320, 3840)] public int ViewportWidth { get; set; } = 1366;

    [Range(320, 3840)] public int ViewportHeight { get; set; } = 900;

    /// <summary>Root of the content-addressed, write-once file store.</summary>
    [Required] public string StoreRoot { get; set; } = "data/evidence";

    /// <summary>The deployment's ECDSA P-256 key (PEM, owner-only), outside the database.</summary>
    [Required] public string SigningKeyPath { get; set; } = "data/keys/evidence-signing.pem";

    /// <summary>RFC 3161 time-stamping authority; off when empty.</summary>
    public string? TimestampAuthorityUrl { get; set; }

    [Range(1, 20)] public int MaxAttempts { get; set; } = 3;

    [Range(30, 3600)] public int LeaseSeconds { get; set; } = 300;
}
