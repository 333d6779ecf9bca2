using Enforcement.Api.Data;
using Enforcement.Api.Listings.Indexing;
using Enforcement.Api.Listings.Search;
using Enforcement.Api.Listings.Sweeps;
using Enforcement.Search;

namespace Enforcement.Api.Listings;

/// <summary>The search side of listings: the index and its queue worker, search and export, sweeps.</summary>
internal static class ListingSearchSetup
{
    public static IServiceCollection AddListingSearchParts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddListingSearch(configuration, sp =>
        {
            var db = sp.GetRequiredService<ResolvedDatabase>();
            return (db.Provider, db.ConnectionString);
        });
        services.AddOptions<ListingIndexOptions>().Bind(configuration.GetSection(ListingIndexOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ListingIndexSignal>();
        services.AddScoped<ListingRiskRefresher>();
        services.AddScoped<ListingIndexBatch>();
        services.AddScoped<ListingIndexRebuild>();
        services.AddScoped<SweepRunner>();
        services.AddSingleton<ListingIndexWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ListingIndexWorker>());
        services.AddSingleton<SweepWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<SweepWorker>());
        return services;
    }

    public static RouteGroupBuilder MapListingSearchEndpoints(this RouteGroupBuilder group) =>
        group.MapSearchListings().MapExportListings().MapSweeps();

    /// <summary>The same handlers for the search page, which signs in with a cookie (the API takes bearer tokens only).</summary>
    public static IEndpointRouteBuilder MapListingSearchPageRoutes(this IEndpointRouteBuilder app)
    {
        var web = app.MapGroup("/staff/listings").RequireAuthorization(Identity.Policies.ListingWorker).ExcludeFromDescription();
        web.MapGet("/suggest", SearchListingsEndpoint.SuggestAsync);
        web.MapGet("/export", ExportListingsEndpoint.ExportAsync);
        return app;
    }

    /// <summary>
    /// Creates the index's tables or mapping at start. An Elasticsearch that is down must not stop the app:
    /// changes wait in the queue and the indexer tries again.
    /// </summary>
    public static async Task InitializeListingSearchAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        try
        {
            await services.GetRequiredService<IListingIndex>().EnsureReadyAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            services.GetRequiredService<ILogger<ListingIndexWorker>>().LogWarning(ex, "The search index is not reachable at start; listing changes queue until it is");
        }
    }
}
