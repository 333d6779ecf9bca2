using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Listings.Indexing;
using Enforcement.Api.Listings.Sweeps;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Listings.Search;

/// <summary>The app with a hand-moved clock and the indexer and sweeps run by the test, so each step is seen.</summary>
public interface IListingsApp : ICaseApp;

internal static class ListingSearchSettings
{
    public static readonly Dictionary<string, string?> Settings = new(CaseClient.Settings) { ["ListingIndex:RunWorker"] = "false" };
}

public sealed class ListingsSqliteApp : SqliteApp, IListingsApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => ListingSearchSettings.Settings;
}

public sealed class ListingsPostgresApp : PostgresApp, IListingsApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => ListingSearchSettings.Settings;
}

internal static class ListingsClient
{
    public static async Task<JsonElement> ImportAsync(this HttpClient client, string ndjson)
    {
        using var content = new StringContent(ndjson, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        var response = await client.PostAsync("/api/staff/listings/import", content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>Runs the indexer until the queue is empty; the number of listings indexed.</summary>
    public static async Task<int> IndexAsync(this AppFactory app)
    {
        var worker = app.Services.GetRequiredService<ListingIndexWorker>();
        int n, total = 0;
        while ((n = await worker.RunOnceAsync(CancellationToken.None)) > 0) total += n;
        return total;
    }

    public static Task<bool> RunSweepAsync(this AppFactory app) =>
        app.Services.GetRequiredService<SweepWorker>().RunDueAsync(CancellationToken.None);

    /// <summary>Runs every sweep that is due (other tests' sweeps included); how many ran.</summary>
    public static async Task<int> RunDueSweepsAsync(this AppFactory app)
    {
        var ran = 0;
        while (await app.RunSweepAsync()) ran++;
        return ran;
    }

    public static async Task<JsonElement> SearchAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/staff/listings/search?" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    public static string Line(string id, string title, long price, string brand = "", string seller = "s1", string platform = "shopee", string? description = null) =>
        JsonSerializer.Serialize(new
        {
            platform, listingId = id, url = $"https://shopee.vn/{id}-i.1.{id.GetHashCode(StringComparison.Ordinal) & 0xffff}", title, description, price,
            brand = brand.Length == 0 ? null : brand, seller = new { id = seller, name = "Shop " + seller, province = "Thành phố Hồ Chí Minh" }, imageHashes = Array.Empty<string>(),
        });
}
