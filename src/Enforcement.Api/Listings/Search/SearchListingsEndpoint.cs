using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Infrastructure;
using Enforcement.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Search;

/// <summary>A type-ahead entry; <see cref="Highlight"/> is the title with the typed words marked (HTML-escaped).</summary>
public sealed record Suggestion(long Id, string Title, string? Highlight);

internal static class SearchListingsEndpoint
{
    public static RouteGroupBuilder MapSearchListings(this RouteGroupBuilder group)
    {
        group.MapGet("/search", SearchAsync).WithName("SearchListings")
            .WithSummary("Searches listings, with or without Vietnamese diacritics: \"phrases\", -exclusions, OR, word* prefixes; filters, facets, highlights, risk factors, cursor paging.")
            .Produces<ListingSearchResponse>().ProducesValidationProblem();
        group.MapGet("/suggest", SuggestAsync).WithName("SuggestListings")
            .WithSummary("Type-ahead: up to 8 listing titles matching the words typed so far, the last one as a prefix.")
            .Produces<List<Suggestion>>();
        return group;
    }

    internal static async Task<Results<Ok<ListingSearchResponse>, ValidationProblem>> SearchAsync(
        [AsParameters] SearchListingsRequest request, IListingIndex index, EnforcementDbContext db, CancellationToken ct)
    {
        var (query, errors) = request.ToQuery();
        if (query is null) return Problems.Validation(errors.ToDictionary());
        try
        {
            return TypedResults.Ok(await RunAsync(query, index, db, ct));
        }
        catch (SearchQueryException ex)
        {
            errors.Add(ex.Field, Localization.Text.Pick("Con trỏ trang không thuộc tìm kiếm này; hãy tìm lại từ trang đầu.", "This page cursor belongs to another search; start again from the first page."));
            return Problems.Validation(errors.ToDictionary());
        }
    }

    internal static async Task<Ok<List<Suggestion>>> SuggestAsync(string? q, IListingIndex index, EnforcementDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > ListingQuery.MaxTextLength) return TypedResults.Ok(new List<Suggestion>());
        var result = await RunAsync(new ListingQuery { Text = q, PrefixLastWord = true, PageSize = 8, WithFacets = false }, index, db, ct);
        return TypedResults.Ok(result.Hits.Select(h => new Suggestion(h.Id, h.Title, h.Highlights.GetValueOrDefault("title"))).ToList());
    }

    /// <summary>Searches the index, then reads what is shown from the database, the source of truth.</summary>
    public static async Task<ListingSearchResponse> RunAsync(ListingQuery query, IListingIndex index, EnforcementDbContext db, CancellationToken ct)
    {
        var result = await index.SearchAsync(query, ct);
        var ids = result.Hits.Select(h => h.Id).ToList();
        var rows = await db.Set<Listing>().AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        var hits = result.Hits.Where(h => rows.ContainsKey(h.Id)).Select(h => Hit(rows[h.Id], h)).ToList();
        var facets = result.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetValue>)[.. f.Value.Select(v => new FacetValue(v.Value, v.Count))]);
        if (facets.TryGetValue(Facets.Seller, out var sellers) && sellers.Count > 0)
        {
            var keys = sellers.Select(s => s.Value).ToList();
            var names = (await db.Set<Listing>().AsNoTracking().Where(l => keys.Contains(l.SellerKey!)).Select(l => new { l.SellerKey, l.SellerName })
                .Distinct().ToListAsync(ct)).GroupBy(s => s.SellerKey!).ToDictionary(g => g.Key, g => g.First().SellerName);
            facets[Facets.Seller] = [.. sellers.Select(s => s with { Label = names.GetValueOrDefault(s.Value) })];
        }
        return new ListingSearchResponse(result.Total, hits, facets, result.NextCursor);
    }

    internal static ListingSearchHit Hit(Listing l, ListingHit h) => new(
        l.Id, l.Title, l.Url, l.Platform, l.PriceVnd, l.Brand,
        l.SellerKey is null ? null : new HitSeller(l.SellerKey, l.SellerName, l.SellerShopUrl, l.SellerProvince),
        new HitRisk(l.RiskScore, l.RiskBand, Factors(l.RiskFactorsJson)), h.Highlights, l.FirstSeenAt, l.LastSeenAt, l.Status);

    internal static IReadOnlyList<RiskFactorView> Factors(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<RiskFactorView>>(json, JsonSerializerOptions.Web) ?? [];
}
