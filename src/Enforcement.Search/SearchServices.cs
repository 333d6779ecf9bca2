using Enforcement.Search.Elasticsearch;
using Enforcement.Search.Postgres;
using Enforcement.Search.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Search;

public static class SearchServices
{
    /// <summary>
    /// Registers the <see cref="IListingIndex"/> chosen by Search:Provider; without one, the full-text search of the
    /// database the app runs on: <paramref name="database"/> gives its provider ("Sqlite" or "Postgres") and connection string.
    /// </summary>
    public static IServiceCollection AddListingSearch(this IServiceCollection services, IConfiguration configuration,
        Func<IServiceProvider, (string Provider, string ConnectionString)> database)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection(SearchOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.Provider != "Elasticsearch" || Uri.TryCreate(o.Elasticsearch.Url, UriKind.Absolute, out _),
                "Search:Elasticsearch:Url must be an absolute URL when Search:Provider is Elasticsearch.")
            .ValidateOnStart();
        services.AddOptions<ElasticsearchOptions>().Bind(configuration.GetSection($"{SearchOptions.Section}:Elasticsearch")).ValidateDataAnnotations();
        services.AddHttpClient(ElasticsearchListingIndex.ClientName);
        services.AddSingleton<IListingIndex>(sp =>
        {
            var provider = sp.GetRequiredService<IOptions<SearchOptions>>().Value.Provider;
            var (databaseProvider, connectionString) = database(sp);
            if (provider == "") provider = databaseProvider;
            return provider switch
            {
                "Elasticsearch" => ActivatorUtilities.CreateInstance<ElasticsearchListingIndex>(sp),
                "Postgres" => new PostgresListingIndex(connectionString),
                _ => new SqliteListingIndex(connectionString),
            };
        });
        return services;
    }
}
