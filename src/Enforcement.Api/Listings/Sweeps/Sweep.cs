namespace Enforcement.Api.Listings.Sweeps;

/// <summary>A saved listing search re-run on a schedule (đợt rà soát định kỳ); new matches are recorded and mailed to its owner.</summary>
internal sealed class Sweep
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string OwnerUserName { get; set; }
    /// <summary>The search as <see cref="Search.SearchListingsRequest"/> JSON.</summary>
    public required string QueryJson { get; set; }
    public int IntervalMinutes { get; set; }
    public bool Active { get; set; } = true;
    public DateTime NextRunAt { get; set; }
    public DateTime? LastRunAt { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTime? LeaseExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>One run of a sweep: how many listings matched and how many were new.</summary>
internal sealed class SweepRun
{
    public long Id { get; set; }
    public long SweepId { get; set; }
    public DateTime RanAt { get; set; }
    public long Total { get; set; }
    public int NewMatches { get; set; }
    /// <summary>Set when the search could not run (e.g. the index was down); the sweep is tried again next interval.</summary>
    public string? Error { get; set; }
}

/// <summary>A listing a sweep has matched, and the run that first found it.</summary>
internal sealed class SweepMatch
{
    public long SweepId { get; set; }
    public long ListingId { get; set; }
    public long FirstRunId { get; set; }
    public DateTime MatchedAt { get; set; }
}
