using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Evidence.Capture;

/// <summary>Section "EvidenceQueue": this instance's share of the capture queue.</summary>
internal sealed class CaptureQueueOptions
{
    public const string Section = "EvidenceQueue";

    /// <summary>Off on an instance that should serve requests only.</summary>
    public bool RunWorker { get; set; } = true;

    [Range(100, 600_000)] public int PollMilliseconds { get; set; } = 2000;

    /// <summary>First retry after this many seconds, doubling per attempt.</summary>
    [Range(1, 3600)] public int RetrySeconds { get; set; } = 30;
}
