using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Search.Postgres;
using Enforcement.Search.Tests.Conformance;

namespace Enforcement.Search.Tests.Postgres;

public sealed class PostgresConformanceTests : ListingIndexConformance
{
    private readonly ThrowawayPostgres _database = new();

    protected override async Task<IListingIndex> CreateIndexAsync()
    {
        var index = new PostgresListingIndex(_database.ConnectionString);
        await index.EnsureReadyAsync(CancellationToken.None);
        return index;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
