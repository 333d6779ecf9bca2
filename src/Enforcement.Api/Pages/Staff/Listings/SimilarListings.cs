using Enforcement.Api.Data;
using Enforcement.Api.Listings;
using Enforcement.Api.Listings.Search;
using Enforcement.Search;
using Enforcement.Search.Folding;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Pages.Staff.Listings;

/// <summary>A listing like the one shown (tin tương tự), and why: the same title fingerprint, a shared image, or similar words.</summary>
internal sealed record SimilarListing(long Id, string Title, string Platform, long? Price, int RiskScore, string RiskBand, string Reason);

internal static class SimilarListings
{
    public const string SameTitle = "title";
    public const string SameImage = "image";
    public const string SimilarWords = "words";
    private const int Limit = 8;
    private const int QueryWords = 8;

    /// <summary>Exact matches (fingerprint, image hash) from the database first, then the search index's closest titles.</summary>
    public static async Task<IReadOnlyList<SimilarListing>> FindAsync(long id, string title, string fingerprint, IReadOnlyList<string> imageHashes,
        EnforcementDbContext db, IListingIndex index, CancellationToken ct)
    {
        var byImage = imageHashes.Count == 0 ? [] : await db.Set<ListingImageHash>()
            .Where(h => imageHashes.Contains(h.Hash) && h.ListingId != id).Select(h => h.ListingId).Distinct().Take(Limit).ToListAsync(ct);
        var exact = await db.Set<Listing>().AsNoTracking()
            .Where(l => l.Id != id && (l.TitleFingerprint == fingerprint || byImage.Contains(l.Id)))
            .OrderByDescending(l => l.RiskScore).ThenBy(l => l.Id).Take(Limit).ToListAsync(ct);
        var similar = exact.Select(l => View(l, l.TitleFingerprint == fingerprint ? SameTitle : SameImage)).ToList();

        var words = VietnameseFolding.Words(title).Where(w => w != "or").Distinct().Take(QueryWords).ToList();
        if (words.Count == 0) return similar;
        var query = new ListingQuery { Text = string.Join(" OR ", words), PageSize = Limit + 1, WithFacets = false, WithHighlights = false };
        ListingSearchResponse found;
        try { found = await SearchListingsEndpoint.RunAsync(query, index, db, ct); }
        catch (Exception e) when (e is SearchQueryException or HttpRequestException)
        {
            return similar;   // the index being down must not take the listing page with it
        }
        foreach (var hit in found.Hits.Where(h => h.Id != id && similar.All(s => s.Id != h.Id)).Take(Limit))
            similar.Add(new SimilarListing(hit.Id, hit.Title, hit.Platform, hit.Price, hit.Risk.Score, hit.Risk.Band, SimilarWords));
        return similar;
    }

    private static SimilarListing View(Listing l, string reason) => new(l.Id, l.Title, l.Platform, l.PriceVnd, l.RiskScore, l.RiskBand, reason);
}
