using Enforcement.Api.Data;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>Recomputes listings' counterfeit risk from the reference data and what other listings show. (Being wired to the risk rules.)</summary>
internal sealed class ListingRiskRefresher(EnforcementDbContext db, TimeProvider clock)
{
    /// <summary>Scores <paramref name="listings"/> and stores what changed; the objects are updated in place.</summary>
    public Task RefreshAsync(IReadOnlyList<Listing> listings, CancellationToken ct)
    {
        _ = (db, clock, listings, ct);
        return Task.CompletedTask;
    }

    /// <summary>Scores every listing, in batches, committing as it goes.</summary>
    public Task RefreshAllAsync(int batchSize, CancellationToken ct)
    {
        _ = (batchSize, ct);
        return Task.CompletedTask;
    }
}
