using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Listings.Genuine;
using Enforcement.Api.Listings.Risk;
using Enforcement.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>Recomputes listings' counterfeit risk from the reference data and what other listings show, and stores it with its factors.</summary>
internal sealed class ListingRiskRefresher(EnforcementDbContext db, GenuineCatalog catalog, RiskScorer scorer, IOptions<ListingRiskOptions> options, TimeProvider clock)
{
    /// <summary>Scores <paramref name="listings"/> and stores what changed; the objects are updated in place.</summary>
    public async Task RefreshAsync(IReadOnlyList<Listing> listings, CancellationToken ct)
    {
        if (listings.Count == 0) return;
        var (reference, prices) = await ReferenceAsync(ct);
        var signals = await RiskSignals.ForAsync(db, listings, prices, ct);
        await ScoreAndStoreAsync(listings, reference, signals, ct);
    }

    /// <summary>Scores every listing in id order, committing batch by batch.</summary>
    public async Task RefreshAllAsync(int batchSize, CancellationToken ct)
    {
        var (reference, prices) = await ReferenceAsync(ct);
        var signals = await RiskSignals.ForAllAsync(db, prices, ct);
        var after = 0L;
        while (true)
        {
            var batch = await db.Set<Listing>().AsNoTracking().Where(l => l.Id > after).OrderBy(l => l.Id).Take(batchSize).ToListAsync(ct);
            if (batch.Count == 0) return;
            await ScoreAndStoreAsync(batch, reference, signals, ct);
            after = batch[^1].Id;
        }
    }

    private async Task<(GenuineReference, BrandPrices)> ReferenceAsync(CancellationToken ct)
    {
        var snapshot = await catalog.LoadAsync(ct);
        var today = DateOnly.FromDateTime(Infrastructure.VietnamTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        var reference = new GenuineReference(
            [.. snapshot.Brands.Select(b => new RefBrand(b.Id, b.Name, b.Aliases, b.Protected))],
            [.. snapshot.Products.Select(p => new RefProduct(p.Id, p.BrandId, p.Name, p.Keywords, p.ReferencePriceMinVnd, p.ReferencePriceMaxVnd, p.IsOcop))],
            [.. snapshot.Sellers.Where(s => s.IsValidOn(today)).Select(s => new RefSeller(s.BrandId, s.Platform, s.SellerPlatformId))]);
        return (reference, new BrandPrices(reference, options.Value.PriceBelowRatio));
    }

    private async Task ScoreAndStoreAsync(IReadOnlyList<Listing> listings, GenuineReference reference, RiskSignals signals, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<Listing>();
        foreach (var l in listings)
        {
            var basic = new RiskInput(l.Title, l.Description, l.PriceVnd, l.Brand, l.Platform, l.SellerKey, l.FirstSeenAt, now,
                signals.OtherSellersWithSameTitle(l), signals.OtherSellersWithSameImage(l));
            var first = scorer.Assess(basic, reference);
            var low = signals.LowPricedOfBrand(l, first.MatchedBrandId);
            var assessment = low > 0 ? scorer.Assess(basic with { SellerLowPricedListingsOfBrand = low }, reference) : first;
            var json = JsonSerializer.Serialize(assessment.Factors.Select(f => new { f.Code, f.Points, f.Detail, f.DetailEnglish }), JsonSerializerOptions.Web);
            if (l.RiskScore == assessment.Score && l.RiskFactorsJson == json && l.RiskComputedAt is not null) continue;
            (l.RiskScore, l.RiskBand, l.RiskFactorsJson, l.RiskComputedAt) = (assessment.Score, RiskBands.Of(assessment.Score), json, now);
            changed.Add(l);
        }
        if (changed.Count == 0) return;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // One statement per batch, the rows as one JSON parameter (as the importer writes): one UPDATE per
        // listing made the full rescore of a million listings a million round trips.
        var sql = new Import.JsonRows(db.Database.IsNpgsql());
        await using var cmd = Import.JsonRows.Command(db.Database.GetDbConnection(), tx.GetDbTransaction(), $"""
            UPDATE "Listings" SET "RiskScore" = {sql.Col(1, "integer")}, "RiskBand" = {sql.Col(2)}, "RiskFactorsJson" = {sql.Col(3)}, "RiskComputedAt" = @now
            FROM {sql.From("@rows")} WHERE "Listings"."Id" = {sql.Col(0, "bigint")}
            """);
        Import.Sql.Add(cmd, "@rows", Import.JsonRows.Write(changed.Select(l => new object?[] { l.Id, (long)l.RiskScore, l.RiskBand, l.RiskFactorsJson })));
        Import.Sql.Add(cmd, "@now", now);
        await cmd.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }
}
