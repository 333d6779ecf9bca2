using System.Linq.Expressions;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine.Products;

internal static class ProductEndpoints
{
    public static RouteGroupBuilder MapProducts(this RouteGroupBuilder group)
    {
        group.MapGet("/products", ListAsync).WithName("ListGenuineProducts")
            .WithSummary("Genuine products by brand and name; brandId= one brand's, ocop=true only OCOP products.");
        group.MapGet("/products/{id:long}", GetAsync).WithName("GetGenuineProduct").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/products", CreateAsync).WithName("CreateGenuineProduct").RequireAuthorization(Policies.GenuineEditor)
            .WithSummary("Add a product to a brand; its name is unique within the brand regardless of case and diacritics.");
        group.MapPut("/products/{id:long}", UpdateAsync).WithName("UpdateGenuineProduct").RequireAuthorization(Policies.GenuineEditor);
        group.MapDelete("/products/{id:long}", DeleteAsync).WithName("DeleteGenuineProduct").RequireAuthorization(Policies.GenuineEditor);
        return group;
    }

    private static readonly Expression<Func<GenuineProduct, bool>> AnyProduct = _ => true;

    /// <summary>Filters go on the product, before the projection (EF Core cannot filter on a record it constructs).</summary>
    internal static IQueryable<ProductView> Views(EnforcementDbContext db, Expression<Func<GenuineProduct, bool>>? filter = null) =>
        from p in db.Set<GenuineProduct>().AsNoTracking().Where(filter ?? AnyProduct)
        join b in db.Set<Brand>() on p.BrandId equals b.Id
        select new ProductView(p.Id, p.BrandId, b.Name, p.Name, p.Keywords, p.Category, p.ReferencePriceMinVnd, p.ReferencePriceMaxVnd,
            p.IsOcop, p.OcopStars, p.OcopProvince, p.CreatedAt, p.UpdatedAt);

    internal static async Task<Ok<List<ProductView>>> ListAsync(long? brandId, bool? ocop, EnforcementDbContext db, CancellationToken ct)
    {
        var list = await Views(db, p => (brandId == null || p.BrandId == brandId) && (ocop == null || p.IsOcop == ocop)).ToListAsync(ct);
        return TypedResults.Ok(list.OrderBy(p => GenuineText.Key(p.BrandName), StringComparer.Ordinal).ThenBy(p => GenuineText.Key(p.Name), StringComparer.Ordinal).ToList());
    }

    internal static async Task<Results<Ok<ProductView>, ProblemHttpResult>> GetAsync(long id, EnforcementDbContext db, CancellationToken ct) =>
        await Views(db, p => p.Id == id).SingleOrDefaultAsync(ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound("genuine.productNotFound");

    internal static async Task<Results<Created<ProductView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        ProductInput input, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await CheckAsync(input, 0, db, ct) is { IsEmpty: false } errors) return Problems.Validation(errors.ToDictionary());
        var product = new GenuineProduct { Name = "", NameKey = "" };
        ProductRules.Apply(input, product, input.BrandId!.Value, clock.GetUtcNow().UtcDateTime);
        db.Add(product);
        if (!await GenuineWrite.SaveAsync(db, () => [product.BrandId], ct)) return GenuineWrite.Conflict("genuine.conflict");
        return TypedResults.Created($"/api/staff/genuine/products/{product.Id}", await Views(db, p => p.Id == product.Id).SingleAsync(ct));
    }

    internal static async Task<Results<Ok<ProductView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, ProductInput input, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Set<GenuineProduct>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } product) return Problems.NotFound("genuine.productNotFound");
        if (await CheckAsync(input, id, db, ct) is { IsEmpty: false } errors) return Problems.Validation(errors.ToDictionary());
        var before = product.BrandId;
        ProductRules.Apply(input, product, input.BrandId!.Value, clock.GetUtcNow().UtcDateTime);
        // Moving a product to another brand changes both brands' reference data.
        if (!await GenuineWrite.SaveAsync(db, () => [before, product.BrandId], ct)) return GenuineWrite.Conflict("genuine.conflict");
        return TypedResults.Ok(await Views(db, p => p.Id == id).SingleAsync(ct));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, EnforcementDbContext db, CancellationToken ct)
    {
        if (await db.Set<GenuineProduct>().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } product) return Problems.NotFound("genuine.productNotFound");
        db.Remove(product);
        return await GenuineWrite.SaveAsync(db, () => [product.BrandId], ct) ? TypedResults.NoContent() : GenuineWrite.Conflict("genuine.conflict");
    }

    /// <summary>The field rules, that the brand exists, and that the brand has no other product of this name.</summary>
    internal static async Task<FieldErrors> CheckAsync(ProductInput input, long id, EnforcementDbContext db, CancellationToken ct)
    {
        var errors = ProductRules.Validate(input);
        if (input.BrandId is not { } brandId) errors.Required("brandId", "field.brand");
        else if (!await db.Set<Brand>().AnyAsync(b => b.Id == brandId, ct)) errors.Add("brandId", Text.Get("genuine.brandNotFound"));
        if (!errors.IsEmpty) return errors;
        var key = GenuineText.Key(input.Name!);
        if (await db.Set<GenuineProduct>().AnyAsync(p => p.BrandId == input.BrandId && p.NameKey == key && p.Id != id, ct))
            errors.Add("name", Text.Format("genuine.productExists", input.Name!.Trim()));
        return errors;
    }
}
