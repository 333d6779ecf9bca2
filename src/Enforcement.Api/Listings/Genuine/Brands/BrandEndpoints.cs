using System.Linq.Expressions;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Listings.Genuine.Brands;

internal static class BrandEndpoints
{
    public static RouteGroupBuilder MapBrands(this RouteGroupBuilder group)
    {
        group.MapGet("/brands", ListAsync).WithName("ListBrands").WithSummary("All brands by name, with their product and authorized-seller counts.");
        group.MapGet("/brands/{id:long}", GetAsync).WithName("GetBrand").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/brands", CreateAsync).WithName("CreateBrand").RequireAuthorization(Policies.GenuineEditor)
            .WithSummary("Add a brand. Its name is unique regardless of case and diacritics.");
        group.MapPut("/brands/{id:long}", UpdateAsync).WithName("UpdateBrand").RequireAuthorization(Policies.GenuineEditor);
        group.MapDelete("/brands/{id:long}", DeleteAsync).WithName("DeleteBrand").RequireAuthorization(Policies.GenuineEditor)
            .WithSummary("Delete a brand; 409 while it still has products or authorized sellers.");
        return group;
    }

    private static readonly Expression<Func<Brand, bool>> AnyBrand = _ => true;

    /// <summary>Filters go on the brand, before the projection (EF Core cannot filter on a record it constructs).</summary>
    internal static IQueryable<BrandView> Views(EnforcementDbContext db, Expression<Func<Brand, bool>>? filter = null) =>
        db.Set<Brand>().AsNoTracking().Where(filter ?? AnyBrand).Select(b => new BrandView(b.Id, b.Name, b.Aliases, b.Protected, b.Owner, b.Notes,
            db.Set<GenuineProduct>().Count(p => p.BrandId == b.Id), db.Set<AuthorizedSeller>().Count(s => s.BrandId == b.Id), b.CreatedAt, b.UpdatedAt));

    internal static async Task<Ok<List<BrandView>>> ListAsync(EnforcementDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await Views(db).ToListAsync(ct)).OrderBy(b => GenuineText.Key(b.Name), StringComparer.Ordinal).ToList());

    internal static async Task<Results<Ok<BrandView>, ProblemHttpResult>> GetAsync(long id, EnforcementDbContext db, CancellationToken ct) =>
        await Views(db, b => b.Id == id).SingleOrDefaultAsync(ct) is { } view ? TypedResults.Ok(view) : Problems.NotFound("genuine.brandNotFound");

    internal static async Task<Results<Created<BrandView>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        BrandInput input, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await CheckAsync(input, 0, db, ct) is { IsEmpty: false } errors) return Problems.Validation(errors.ToDictionary());
        var brand = new Brand { Name = "", NameKey = "" };
        BrandRules.Apply(input, brand, clock.GetUtcNow().UtcDateTime);
        db.Add(brand);
        if (!await GenuineWrite.SaveAsync(db, () => [brand.Id], ct)) return GenuineWrite.Conflict("genuine.conflict");
        return TypedResults.Created($"/api/staff/genuine/brands/{brand.Id}", await Views(db, b => b.Id == brand.Id).SingleAsync(ct));
    }

    internal static async Task<Results<Ok<BrandView>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, BrandInput input, EnforcementDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (await db.Set<Brand>().SingleOrDefaultAsync(b => b.Id == id, ct) is not { } brand) return Problems.NotFound("genuine.brandNotFound");
        if (await CheckAsync(input, id, db, ct) is { IsEmpty: false } errors) return Problems.Validation(errors.ToDictionary());
        BrandRules.Apply(input, brand, clock.GetUtcNow().UtcDateTime);
        if (!await GenuineWrite.SaveAsync(db, () => [id], ct)) return GenuineWrite.Conflict("genuine.conflict");
        return TypedResults.Ok(await Views(db, b => b.Id == id).SingleAsync(ct));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, EnforcementDbContext db, CancellationToken ct)
    {
        if (await db.Set<Brand>().SingleOrDefaultAsync(b => b.Id == id, ct) is not { } brand) return Problems.NotFound("genuine.brandNotFound");
        var products = await db.Set<GenuineProduct>().CountAsync(p => p.BrandId == id, ct);
        var sellers = await db.Set<AuthorizedSeller>().CountAsync(s => s.BrandId == id, ct);
        if (products + sellers > 0) return GenuineWrite.Conflict("genuine.brandInUse", products, sellers);
        db.Remove(brand);
        // A product or seller added in between makes the foreign key refuse the delete.
        return await GenuineWrite.SaveAsync(db, () => [id], ct) ? TypedResults.NoContent() : GenuineWrite.Conflict("genuine.brandInUse", 0, 0);
    }

    /// <summary>The field rules, then whether another brand already has this name (folded).</summary>
    internal static async Task<FieldErrors> CheckAsync(BrandInput input, long id, EnforcementDbContext db, CancellationToken ct)
    {
        var errors = BrandRules.Validate(input);
        if (!errors.IsEmpty) return errors;
        var key = GenuineText.Key(input.Name!);
        if (await db.Set<Brand>().AnyAsync(b => b.NameKey == key && b.Id != id, ct))
            errors.Add("name", Localization.Text.Format("genuine.brandExists", input.Name!.Trim()));
        return errors;
    }
}
