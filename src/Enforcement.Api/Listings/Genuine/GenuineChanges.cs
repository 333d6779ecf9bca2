using Enforcement.Api.Data;

namespace Enforcement.Api.Listings.Genuine;

/// <summary>
/// Where reference data meets the risk score: every write to a brand, its products or its authorized sellers calls
/// this inside its transaction, so the brand's listings can be queued for a new score together with the change.
/// </summary>
internal static class GenuineChanges
{
    public static Task BrandChangedAsync(EnforcementDbContext db, long brandId, CancellationToken ct)
    {
        // Filled in when listings are scored: re-queue the listings of this brand.
        _ = db;
        _ = brandId;
        return Task.CompletedTask;
    }
}
