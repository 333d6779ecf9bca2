using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Listings;

internal static class ListingClient
{
    public static string Line(string id, string title = "Túi xách LV like auth", long? price = 350000, string platform = "shopee", string? seller = "s1", string[]? hashes = null) =>
        JsonSerializer.Serialize(new
        {
            platform, listingId = id, url = $"https://shopee.vn/tui-xach-i.1.{id}", title, description = "Hàng đẹp\nfull box", price, originalPrice = 5_000_000,
            brand = "Louis Vuitton", category = "Túi xách", seller = seller is null ? null : new { id = seller, name = "Shop Minh Châu", shopUrl = "https://shopee.vn/minhchau", province = "82", ward = "28249" },
            imageHashes = hashes ?? ["a1b2c3d4e5f60718"],
        });

    public static async Task<HttpResponseMessage> ImportAsync(this HttpClient client, string body, string contentType = "application/x-ndjson")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return await client.PostAsync("/api/staff/listings/import", content);
    }

    public static async Task<JsonElement> ImportOkAsync(this HttpClient client, string body, string contentType = "application/x-ndjson")
    {
        var response = await client.ImportAsync(body, contentType);
        Assert.True(response.IsSuccessStatusCode, $"import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static (int Received, int Inserted, int Updated, int Unchanged, int Rejected) Counts(this JsonElement report) =>
        (report.GetProperty("received").GetInt32(), report.GetProperty("inserted").GetInt32(), report.GetProperty("updated").GetInt32(),
         report.GetProperty("unchanged").GetInt32(), report.GetProperty("rejected").GetInt32());

    public static List<(int Line, string? Field)> Errors(this JsonElement report) =>
        report.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("field").ValueKind == JsonValueKind.Null ? null : e.GetProperty("field").GetString())).ToList();

    public static async Task<T> DbAsync<T>(this AppFactory app, Func<EnforcementDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>());
    }

    public static Task<long> ListingIdAsync(this AppFactory app, string platform, string id) =>
        app.DbAsync(db => db.Set<Enforcement.Api.Listings.Listing>().Where(l => l.Platform == platform && l.PlatformListingId == id).Select(l => l.Id).SingleAsync());
}
