using Enforcement.Api.Identity;
using Enforcement.Api.Listings.Capture;
using Enforcement.Api.Listings.Detail;
using Enforcement.Api.Listings.Import;
using Enforcement.Api.Listings.Links;
using Enforcement.Api.Listings.Risk;

namespace Enforcement.Api.Listings;

internal static class ListingsModule
{
    public static IServiceCollection AddListings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ListingsOptions>().Bind(configuration.GetSection(ListingsOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Platforms.All(p => p.Length is > 0 and <= 32 && p.All(c => !char.IsUpper(c))), "Listings:Platforms are lower-case codes of 1 to 32 characters.")
            .ValidateOnStart();
        services.AddScoped<ListingImporter>();
        services.AddScoped<CaptureListingIngest>();
        services.AddScoped<ComplaintListingLinks>();
        services.AddListingRisk(configuration);
        services.AddListingSearchParts(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapListingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/staff/listings").WithTags("Listings").RequireAuthorization(Policies.ListingWorker)
            .MapImportListings().MapGetListing().MapLinkListing().MapListingSearchEndpoints();
        app.MapListingSearchPageRoutes();
        return app;
    }
}
