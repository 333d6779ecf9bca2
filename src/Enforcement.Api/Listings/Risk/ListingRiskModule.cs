using Enforcement.Api.Listings.Risk.Lexicon;

namespace Enforcement.Api.Listings.Risk;

internal static class ListingRiskModule
{
    /// <summary>The risk scorer, its options (section "ListingRisk", checked at start) and the embedded lexicon.</summary>
    public static IServiceCollection AddListingRisk(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ListingRiskOptions>().Bind(configuration.GetSection(ListingRiskOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(_ => CounterfeitLexicon.Embedded);
        services.AddSingleton<RiskScorer>();
        return services;
    }
}
