using Enforcement.Api.Identity;
using Enforcement.Api.Listings.Genuine.Brands;
using Enforcement.Api.Listings.Genuine.Import;
using Enforcement.Api.Listings.Genuine.Products;
using Enforcement.Api.Listings.Genuine.Sellers;

namespace Enforcement.Api.Listings.Genuine;

/// <summary>Genuine-product reference data (dữ liệu tham chiếu hàng chính hãng): brands, products, authorized sellers.</summary>
internal static class GenuineModule
{
    public static IServiceCollection AddGenuineProducts(this IServiceCollection services)
    {
        services.AddScoped<GenuineCatalog>();
        services.AddScoped<GenuineImporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapGenuineEndpoints(this IEndpointRouteBuilder app)
    {
        // Reading needs GenuineReader; each write adds GenuineEditor.
        app.MapGroup("/api/staff/genuine").WithTags("Genuine products").RequireAuthorization(Policies.GenuineReader)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .MapBrands().MapProducts().MapSellers().MapImport();
        return app;
    }
}
