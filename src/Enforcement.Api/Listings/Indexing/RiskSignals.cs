using Enforcement.Api.Data;
using Enforcement.Api.Listings.Risk;
using Enforcement.Search.Folding;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>
/// What other listings say about a listing: the same title or image offered by other sellers, and how many
/// listings of one brand its seller offers below that brand's reference prices.
/// </summary>
internal sealed class RiskSignals
{
    private readonly Dictionary<string, int> _sellersPerTitle = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _otherSellersPerImage = [];
    private readonly Dictionary<(string Seller, long BrandId), int> _lowPriced = [];

    public int OtherSellersWithSameTitle(Listing l) =>
        _sellersPerTitle.TryGetValue(l.TitleFingerprint, out var n) ? Math.Max(0, n - (l.SellerKey is null ? 0 : 1)) : 0;

    public int OtherSellersWithSameImage(Listing l) => _otherSellersPerImage.GetValueOrDefault(l.Id);

    public int LowPricedOfBrand(Listing l, long? brandId) =>
        l.SellerKey is { } s && brandId is { } b ? _lowPriced.GetValueOrDefault((s, b)) : 0;

    /// <summary>The signals of one batch of listings, by queries limited to their titles, images and sellers.</summary>
    public static async Task<RiskSignals> ForAsync(EnforcementDbContext db, IReadOnlyList<Listing> batch, BrandPrices prices, CancellationToken ct)
    {
        var signals = new RiskSignals();
        var fingerprints = batch.Select(l => l.TitleFingerprint).Distinct().ToList();
        foreach (var row in await db.Set<Listing>().Where(l => fingerprints.Contains(l.TitleFingerprint) && l.SellerKey != null)
                     .GroupBy(l => l.TitleFingerprint).Select(g => new { g.Key, Sellers = g.Select(l => l.SellerKey).Distinct().Count() }).ToListAsync(ct))
            signals._sellersPerTitle[row.Key] = row.Sellers;

        var ids = batch.Select(l => l.Id).ToList();
        var hashes = db.Set<ListingImageHash>().Where(h => ids.Contains(h.ListingId)).Select(h => h.Hash);
        var sharing = await (from h in db.Set<ListingImageHash>().Where(h => hashes.Contains(h.Hash))
                             join l in db.Set<Listing>() on h.ListingId equals l.Id
                             where l.SellerKey != null
                             select new { h.Hash, h.ListingId, l.SellerKey }).ToListAsync(ct);
        foreach (var group in sharing.GroupBy(s => s.Hash))
        {
            var sellers = group.Select(s => s.SellerKey!).Distinct().ToList();
            foreach (var mine in group.Where(s => ids.Contains(s.ListingId)))
            {
                var others = sellers.Count(s => s != mine.SellerKey);
                signals._otherSellersPerImage[mine.ListingId] = Math.Max(signals._otherSellersPerImage.GetValueOrDefault(mine.ListingId), others);
            }
        }

        var sellersInBatch = batch.Where(l => l.SellerKey != null).Select(l => l.SellerKey!).Distinct().ToList();
        var offers = await db.Set<Listing>().AsNoTracking()
            .Where(l => sellersInBatch.Contains(l.SellerKey!) && l.Brand != null && l.PriceVnd != null && l.Status == ListingStatuses.Active)
            .Select(l => new { l.SellerKey, l.Brand, l.PriceVnd }).ToListAsync(ct);
        foreach (var o in offers) signals.CountOffer(prices, o.SellerKey!, o.Brand!, o.PriceVnd!.Value);
        return signals;
    }

    /// <summary>The signals of every listing, for a full rescore: duplicates by GROUP BY, a seller's offers in one pass.</summary>
    public static async Task<RiskSignals> ForAllAsync(EnforcementDbContext db, BrandPrices prices, CancellationToken ct)
    {
        var signals = new RiskSignals();
        foreach (var row in await db.Set<Listing>().Where(l => l.SellerKey != null).GroupBy(l => l.TitleFingerprint)
                     .Select(g => new { g.Key, Sellers = g.Select(l => l.SellerKey).Distinct().Count() }).Where(g => g.Sellers > 1).ToListAsync(ct))
            signals._sellersPerTitle[row.Key] = row.Sellers;
        var shared = await (from h in db.Set<ListingImageHash>()
                            join l in db.Set<Listing>() on h.ListingId equals l.Id
                            where l.SellerKey != null
                            select new { h.Hash, l.SellerKey })
            .GroupBy(x => x.Hash).Where(g => g.Select(x => x.SellerKey).Distinct().Count() > 1).Select(g => g.Key).ToListAsync(ct);
        var sharing = await (from h in db.Set<ListingImageHash>().Where(h => shared.Contains(h.Hash))
                             join l in db.Set<Listing>() on h.ListingId equals l.Id
                             select new { h.Hash, h.ListingId, l.SellerKey }).ToListAsync(ct);
        foreach (var group in sharing.GroupBy(s => s.Hash))
        {
            var sellers = group.Select(s => s.SellerKey).Distinct().ToList();
            foreach (var mine in group)
                signals._otherSellersPerImage[mine.ListingId] = Math.Max(signals._otherSellersPerImage.GetValueOrDefault(mine.ListingId), sellers.Count(s => s != mine.SellerKey));
        }
        await foreach (var o in db.Set<Listing>().AsNoTracking().Where(l => l.SellerKey != null && l.Brand != null && l.PriceVnd != null && l.Status == ListingStatuses.Active)
                           .Select(l => new { l.SellerKey, l.Brand, l.PriceVnd }).AsAsyncEnumerable().WithCancellation(ct))
            signals.CountOffer(prices, o.SellerKey!, o.Brand!, o.PriceVnd!.Value);
        return signals;
    }

    private void CountOffer(BrandPrices prices, string seller, string brand, long price)
    {
        if (prices.IsLow(brand, price) is { } brandId) _lowPriced[(seller, brandId)] = _lowPriced.GetValueOrDefault((seller, brandId)) + 1;
    }
}

/// <summary>Each brand's lowest genuine reference price, looked up by the brand a listing states (name or alias, folded).</summary>
internal sealed class BrandPrices(GenuineReference reference, double ratio)
{
    private readonly Dictionary<string, (long BrandId, long Min)> _byName = Build(reference);

    /// <summary>The brand's id when <paramref name="price"/> is below its lowest reference price times the rule's ratio.</summary>
    public long? IsLow(string brand, long price) =>
        _byName.TryGetValue(VietnameseFolding.Fold(brand).Trim(), out var b) && price < b.Min * ratio ? b.BrandId : null;

    private static Dictionary<string, (long, long)> Build(GenuineReference reference)
    {
        var result = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var brand in reference.Brands)
        {
            var min = reference.Products.Where(p => p.BrandId == brand.Id && p.MinPriceVnd > 0).Select(p => p.MinPriceVnd!.Value).DefaultIfEmpty(0).Min();
            if (min == 0) continue;
            foreach (var name in brand.Aliases.Append(brand.Name)) result[VietnameseFolding.Fold(name).Trim()] = (brand.Id, min);
        }
        return result;
    }
}
