using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Listings.Genuine.Sellers;

/// <summary>An authorization as typed: <c>validTo</c> null means it has no end.</summary>
public sealed record SellerInput(long? BrandId, string? Platform, string? SellerPlatformId, string? SellerName, DateOnly? ValidFrom, DateOnly? ValidTo);

internal static class SellerRules
{
    public static FieldErrors Validate(SellerInput input, FieldErrors? errors = null)
    {
        var e = errors ?? new FieldErrors();
        GenuineChecks.Platform(e, "platform", input.Platform);
        GenuineChecks.Name(e, "sellerPlatformId", input.SellerPlatformId, "field.sellerPlatformId", GenuineLimits.SellerId);
        GenuineChecks.Name(e, "sellerName", input.SellerName, "field.sellerName");
        if (input.ValidFrom is { } from && input.ValidTo is { } to && to < from) e.Add("validTo", Text.Get("genuine.validTo"));
        return e;
    }

    public static string PlatformCode(string platform) => platform.Trim().ToLowerInvariant();

    public static void Apply(SellerInput input, AuthorizedSeller seller, long brandId, DateTime now)
    {
        seller.BrandId = brandId;
        seller.Platform = PlatformCode(input.Platform!);
        seller.SellerPlatformId = input.SellerPlatformId!.Trim();
        seller.SellerName = input.SellerName!.Trim();
        seller.ValidFrom = input.ValidFrom;
        seller.ValidTo = input.ValidTo;
        seller.UpdatedAt = now;
        if (seller.CreatedAt == default) seller.CreatedAt = now;
    }
}
