using Enforcement.Search;

namespace Enforcement.Api.Listings.Indexing;

/// <summary>What the index holds of a listing.</summary>
internal static class ListingDocuments
{
    public static ListingDocument From(Listing l) => new()
    {
        Id = l.Id,
        Platform = l.Platform,
        Title = l.Title,
        Description = l.Description,
        Brand = l.Brand,
        Category = l.Category,
        Seller = l.SellerKey,
        SellerName = l.SellerName,
        Province = l.SellerProvince,
        Ward = l.SellerWard,
        Price = l.PriceVnd,
        Risk = l.RiskScore,
        RiskBand = RiskBands.Of(l.RiskScore),
        Status = l.Status,
        FirstSeen = l.FirstSeenAt,
        LastSeen = l.LastSeenAt,
    };
}
