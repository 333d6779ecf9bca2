using Enforcement.Search.Sqlite;
using Enforcement.Search.Tests.Conformance;

namespace Enforcement.Search.Tests.Sqlite;

public sealed class SqliteConformanceTests : ListingIndexConformance
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"enf-search-{Guid.NewGuid():N}.db");

    protected override async Task<IListingIndex> CreateIndexAsync()
    {
        var index = new SqliteListingIndex($"Data Source={_file}");
        await index.EnsureReadyAsync(CancellationToken.None);
        return index;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }
}
