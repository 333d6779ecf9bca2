using Enforcement.Api.Data;
using Enforcement.Api.Listings.Import;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Demo;

/// <summary>A demo database's marketplace listings: the seeded synthetic corpus, imported through the real importer and indexed by the queue.</summary>
internal static class ListingDemoData
{
    public const int Seed = 2026;

    public static async Task SeedAsync(IServiceProvider services, EnforcementDbContext db, int count, CancellationToken ct)
    {
        if (count == 0 || await db.Set<Listing>().AnyAsync(ct)) return;
        using var ndjson = new MemoryStream();
        ListingCorpus.WriteNdjson(ndjson, count, Seed);
        ndjson.Position = 0;
        await services.GetRequiredService<ListingImporter>().ImportAsync(ndjson, ImportFormat.Ndjson, ct);
    }
}
