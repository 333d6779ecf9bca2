using System.Net.Http.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Listings;
using Enforcement.Api.Listings.Indexing;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Listings.Search;

/// <summary>The index queue is an outbox: nothing written to a listing is lost on its way to the index.</summary>
public abstract class IndexQueueTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, IListingsApp
{
    private static readonly string[] LvNames = ["louis vuitton", "lv"];

    private async Task<T> WithDbAsync<T>(Func<EnforcementDbContext, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>());
    }

    private async Task<long> TotalAsync(HttpClient client, string q) =>
        (await client.SearchAsync("q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt64();

    [Fact]
    public async Task An_index_that_was_down_catches_up_from_the_queue()
    {
        var inspector = await app.StaffClientAsync("inspector");
        await app.IndexAsync();
        var tag = "down" + Guid.NewGuid().ToString("N")[..6];
        // The index loses its tables, as when it is dropped or unreachable.
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ALTER TABLE \"SearchListings\" RENAME TO \"SearchListingsAway\"" : "ALTER TABLE \"SearchListingsFts\" RENAME TO \"SearchListingsFtsAway\""));
        await inspector.ImportAsync(ListingsClient.Line(tag, $"Mỹ phẩm {tag} hàng xách tay không rõ nguồn gốc", 150_000));
        var worker = app.Services.GetRequiredService<ListingIndexWorker>();
        await Assert.ThrowsAnyAsync<Exception>(() => worker.RunOnceAsync(CancellationToken.None));

        var waiting = await WithDbAsync(db => db.Set<ListingIndexQueueEntry>().Where(q => q.LastError != null).CountAsync());
        Assert.True(waiting >= 1);
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "DROP TABLE \"SearchListingsAway\"" : "DROP TABLE \"SearchListingsFtsAway\""));
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"ListingIndexQueue\" SET \"LeaseExpiresAt\" = NULL"));   // the retry pause has passed

        await app.IndexAsync();
        Assert.Equal(1, await TotalAsync(inspector, tag));
        Assert.Equal(0, await WithDbAsync(db => db.Set<ListingIndexQueueEntry>().CountAsync()));
    }

    [Fact]
    public async Task A_change_made_while_its_batch_was_indexing_is_indexed_again()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var tag = "race" + Guid.NewGuid().ToString("N")[..6];
        await inspector.ImportAsync(ListingsClient.Line(tag, $"Nước hoa {tag} chai 100ml", 900_000));
        var id = await WithDbAsync(db => db.Set<Listing>().Where(l => l.PlatformListingId == tag).Select(l => l.Id).SingleAsync());
        var leased = await WithDbAsync(db => db.Set<ListingIndexQueueEntry>().Where(q => q.ListingId == id).Select(q => new QueuedListing(q.ListingId, q.Revision)).SingleAsync());

        // The listing changes after its batch was leased, before the batch completes.
        await inspector.ImportAsync(ListingsClient.Line(tag, $"Nước hoa {tag} chai 100ml hàng nhái", 200_000));
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ListingIndexBatch>().IndexAsync([leased], CancellationToken.None);

        Assert.Equal(1, await WithDbAsync(db => db.Set<ListingIndexQueueEntry>().CountAsync(q => q.ListingId == id)));
        await app.IndexAsync();
        Assert.Equal(1, await TotalAsync(inspector, tag + " hang nhai"));
    }

    [Fact]
    public async Task Changing_a_brand_queues_its_listings_for_a_new_risk_score()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var tag = "brand" + Guid.NewGuid().ToString("N")[..6];
        await inspector.ImportAsync(string.Join('\n', ListingsClient.Line(tag + "-1", $"Túi {tag} da", 1_000_000, brand: "Louis Vuitton"), ListingsClient.Line(tag + "-2", $"Túi {tag} vải", 900_000, brand: "lv")));
        await app.IndexAsync();
        Assert.Equal(0, await WithDbAsync(db => db.Set<ListingIndexQueueEntry>().CountAsync()));

        var supervisor = await app.StaffClientAsync("supervisor");
        var brands = await (await supervisor.GetAsync("/api/staff/genuine/brands")).JsonAsync();
        var lv = brands.EnumerateArray().Single(b => b.GetProperty("name").GetString() == "Louis Vuitton");
        var updated = await supervisor.PutAsJsonAsync($"/api/staff/genuine/brands/{lv.GetProperty("id").GetInt64()}", new { name = "Louis Vuitton", aliases = new[] { "LV" }, @protected = true, owner = "LVMH" });
        Assert.True(updated.IsSuccessStatusCode, await updated.Content.ReadAsStringAsync());

        var stated = await WithDbAsync(db => db.Set<Listing>().CountAsync(l => l.Brand != null && LvNames.Contains(l.Brand.ToLower())));
        Assert.Equal(stated, await WithDbAsync(db => db.Set<ListingIndexQueueEntry>().CountAsync()));
        Assert.True(stated >= 2);
        await app.IndexAsync();
    }

    [Fact]
    public async Task Reindex_rebuilds_the_index_from_the_database()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var tag = "rebuild" + Guid.NewGuid().ToString("N")[..6];
        await inspector.ImportAsync(ListingsClient.Line(tag, $"Sữa bột {tag} nhập khẩu", 450_000));
        Assert.Equal(0, await TotalAsync(inspector, tag));   // still queued

        var folder = Path.Combine(Path.GetTempPath(), "enf-reindex-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await SearchCommands.ReindexAsync(folder, [$"--Database:Provider={app.DatabaseProvider}", $"--Database:ConnectionString={app.Database}"], output, error, CancellationToken.None);

        Assert.True(exit == SearchCommands.Done, error.ToString());
        Assert.Contains("Đã lập lại chỉ mục", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await TotalAsync(inspector, tag));
        Assert.Equal(0, await WithDbAsync(db => db.Set<ListingIndexQueueEntry>().CountAsync()));   // not indexed twice
        Assert.Equal(SearchCommands.Usage, await SearchCommands.ReindexAsync(folder, ["--Database:Provider=Sqlite", $"--Database:ConnectionString=Data Source={Path.Combine(folder, "none.db")}"], output, error, CancellationToken.None));
    }
}

public sealed class SqliteIndexQueueTests(ListingsSqliteApp app) : IndexQueueTests<ListingsSqliteApp>(app);

public sealed class PostgresIndexQueueTests(ListingsPostgresApp app) : IndexQueueTests<ListingsPostgresApp>(app);

/// <summary>First run of a demo database: listings are there, and the queue makes them searchable.</summary>
/// <summary>A demo app with its seeded listings on (the other test apps start without them, to stay quick).</summary>
public sealed class DemoListingsApp : SqliteApp
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Seed:DemoListings"] = "300" };
}

public sealed class DemoListingTests(DemoListingsApp app) : IClassFixture<DemoListingsApp>
{
    [Fact]
    public async Task A_demo_database_starts_with_the_seeded_listings_and_indexes_them()
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            Assert.Equal(300, await db.Set<Listing>().CountAsync());
            Assert.Equal(2_000, new Enforcement.Api.Data.Seeding.SeedOptions().DemoListings);   // the default README states
        }
        var inspector = await app.StaffClientAsync("inspector");
        await app.IndexAsync();
        Assert.Equal(300, (await inspector.SearchAsync("pageSize=1")).GetProperty("total").GetInt64());
        Assert.True((await inspector.SearchAsync("risk=high&pageSize=1")).GetProperty("total").GetInt64() > 0);
    }
}
