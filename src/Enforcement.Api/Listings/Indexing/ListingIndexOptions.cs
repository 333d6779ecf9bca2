using System.ComponentModel.DataAnnotations;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>Section "ListingIndex": how this instance drains the queue of listing changes into the search index.</summary>
internal sealed class ListingIndexOptions
{
    public const string Section = "ListingIndex";

    /// <summary>Off on an instance that should serve requests only.</summary>
    public bool RunWorker { get; set; } = true;

    [Range(1, 10_000)] public int BatchSize { get; set; } = 1_000;

    [Range(50, 600_000)] public int PollMilliseconds { get; set; } = 1_000;

    /// <summary>How long a batch is held; a crashed instance's batch is taken again after this.</summary>
    [Range(10, 3_600)] public int LeaseSeconds { get; set; } = 120;

    /// <summary>A batch the index refused is tried again after this many seconds (the index may be down).</summary>
    [Range(1, 3_600)] public int RetrySeconds { get; set; } = 15;
}

/// <summary>Wakes this instance's indexer right after listing changes are committed.</summary>
internal sealed class ListingIndexSignal
{
    private readonly SemaphoreSlim _signal = new(0, 4);

    public void Notify()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { /* enough wake-ups pending */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
