using System.Linq.Expressions;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine.Sellers;

internal static class SellerEndpoints
{
    public static RouteGroupBuilder MapSellers(this RouteGroupBuilder group)
    {
        group.MapGet("/sellers", ListAsync).WithName("ListAuthorizedSellers").WithSummary("Authorized sellers by brand, platform and seller id; brandId= one brand's.");
        group.MapPost("/sellers", CreateAsync).WithName("CreateAuthorizedSeller").RequireAuthorization(Policies.GenuineEditor)
            .WithSummary("Authorize a seller for a brand on a platform; one authorization per brand, platform and seller id.");
        group.MapDelete("/sellers/{id:long}", DeleteAsync).WithName("DeleteAuthorizedSeller").RequireAuthorization(Policies.GenuineEditor);
        return group;
    }

    private static readonly Expression<Func<AuthorizedSeller, bool>> AnySeller = _ => true;

    /// <summary>Filters go on the seller, before the projection (EF Core cannot filter on a record it constructs).</summary>
    internal static IQueryable<SellerView> Views(EnforcementDbContext db, Expression<Func<AuthorizedSeller, bool>>? filter = null) =>
        from s in db.Set<AuthorizedSeller>().AsNoTracking().Where(filter ?? AnySeller)
        join b in db.Set<Brand>() on s.BrandId equals b.Id
        select new SellerView(s.Id, s.BrandId, b.Name, s.Platform, s.SellerPlatformId, s.SellerName, s.ValidFrom, s.ValidTo, s.CreatedAt);

    internal static async Task<Ok<List<SellerView>>> ListAsync(long? brandId, EnforcementDbContext db, CancellationToken ct)
    {
        var list = await Views(db, s => brandId == null || s.BrandId == brandId).ToListAsync(ct);
        return TypedResults.Ok(list.OrderBy(s => GenuineText.Key(s.BrandName), StringComparer.Ordinal)
            .ThenBy(s => s.Platform, StringComparer.Ordinal).ThenBy(s => s.SellerPlatformId, StringComparer.Ordinal).ToList());
    }

    internal static async Task<Results<Created<SellerView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        SellerInput input, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = SellerRules.Validate(input);
        if (input.BrandId is not { } brandId) errors.Required("brandId", "field.brand");
        else if (!await db.Set<Brand>().AnyAsync(b => b.Id == brandId, ct)) errors.Add("brandId", Text.Get("genuine.brandNotFound"));
        if (errors.IsEmpty)
        {
            var platform = SellerRules.PlatformCode(input.Platform!);
            var sellerId = input.SellerPlatformId!.Trim();
            if (await db.Set<AuthorizedSeller>().AnyAsync(s => s.BrandId == input.BrandId && s.Platform == platform && s.SellerPlatformId == sellerId, ct))
                errors.Add("sellerPlatformId", Text.Get("genuine.sellerExists"));
        }
        if (!errors.IsEmpty) return Problems.Validation(errors.ToDictionary());
        var seller = new AuthorizedSeller { Platform = "", SellerPlatformId = "", SellerName = "" };
        SellerRules.Apply(input, seller, input.BrandId!.Value, clock.GetUtcNow().UtcDateTime);
        db.Add(seller);
        if (!await GenuineWrite.SaveAsync(db, () => [seller.BrandId], ct)) return GenuineWrite.Conflict("genuine.conflict");
        return TypedResults.Created($"/api/staff/genuine/sellers/{seller.Id}", await Views(db, s => s.Id == seller.Id).SingleAsync(ct));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, EnforcementDbContext db, CancellationToken ct)
    {
        if (await db.Set<AuthorizedSeller>().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } seller) return Problems.NotFound("genuine.sellerNotFound");
        db.Remove(seller);
        return await GenuineWrite.SaveAsync(db, () => [seller.BrandId], ct) ? TypedResults.NoContent() : GenuineWrite.Conflict("genuine.conflict");
    }
}
