using Enforcement.Search.Elasticsearch;
using Enforcement.Search.Tests.Conformance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Search.Tests.Elasticsearch;

/// <summary>The conformance suite against a real Elasticsearch, when ELASTICSEARCH_URL names one (e.g. http://127.0.0.1:9200).</summary>
[RequiresEnvironment("ELASTICSEARCH_URL", "No Elasticsearch server can be installed on this machine (not in Debian, npm or NuGet); set ELASTICSEARCH_URL to run the suite against one. The request bodies and response parsing are tested in ElasticsearchProtocolTests.")]
public sealed class ElasticsearchConformanceTests : ListingIndexConformance
{
    private ServiceProvider? _services;
    private ElasticsearchListingIndex? _index;

    protected override async Task<IListingIndex> CreateIndexAsync()
    {
        var options = new ElasticsearchOptions
        {
            Url = Environment.GetEnvironmentVariable("ELASTICSEARCH_URL"),
            ApiKey = Environment.GetEnvironmentVariable("ELASTICSEARCH_API_KEY"),
            Index = $"conformance-{Guid.NewGuid():N}",
            CompatibleWith = int.TryParse(Environment.GetEnvironmentVariable("ELASTICSEARCH_COMPATIBLE_WITH"), out var v) ? v : 8,
        };
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        _index = new ElasticsearchListingIndex(_services.GetRequiredService<IHttpClientFactory>(), Options.Create(options));
        await _index.EnsureReadyAsync(CancellationToken.None);
        return _index;
    }

    protected override Task RefreshAsync() => _index!.RefreshAsync(CancellationToken.None);

    public override async Task DisposeAsync()
    {
        if (_index is not null) await _index.DropAsync(CancellationToken.None);
        _services?.Dispose();
    }
}
