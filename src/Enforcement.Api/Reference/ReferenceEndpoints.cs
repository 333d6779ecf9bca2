using Enforcement.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Enforcement.Api.Reference;

public sealed record UnitDto(string Code, string Name);

/// <summary>Provinces and communes/wards of the two-level local government, for forms and API clients.</summary>
internal static class ReferenceEndpoints
{
    public static IEndpointRouteBuilder MapReferenceEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reference").WithTags("Reference data").RequireRateLimiting(RateLimits.PublicRead);
        group.MapGet("/provinces", ProvincesAsync).WithName("ListProvinces").WithSummary("The 34 provinces and cities.");
        group.MapGet("/provinces/{code}/wards", WardsAsync).WithName("ListWards").WithSummary("Communes and wards of a province, by name.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<Ok<List<UnitDto>>> ProvincesAsync(AdministrativeUnitsCache units, CancellationToken ct) =>
        TypedResults.Ok((await units.GetAsync(ct)).Provinces.Select(p => new UnitDto(p.Code, p.Name)).ToList());

    internal static async Task<Results<Ok<List<UnitDto>>, ProblemHttpResult>> WardsAsync(string code, AdministrativeUnitsCache units, HttpContext http, CancellationToken ct)
    {
        var all = await units.GetAsync(ct);
        if (!all.ProvinceNames.ContainsKey(code)) return Problems.NotFound("error.province");
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(all.WardsOf(code).Select(w => new UnitDto(w.Code, w.Name)).ToList());
    }
}
