using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Listings.Genuine;

/// <summary>QLTT staff read the reference data, team leads and above change it, outside agencies see none of it.</summary>
public abstract class GenuineAccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Without_a_token_the_api_answers_401_problem_json()
    {
        var response = await app.CreateClient().GetAsync($"{GenuineClient.Root}/brands");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("police")]
    [InlineData("customs")]
    [InlineData("association")]
    [InlineData("analyst")]
    public async Task Outside_agencies_and_analysts_cannot_read(string user)
    {
        var client = await app.StaffClientAsync(user);
        foreach (var path in new[] { "/brands", "/products", "/sellers" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(GenuineClient.Root + path)).StatusCode);
    }

    [Fact]
    public async Task An_inspector_reads_but_every_write_is_403_and_changes_nothing()
    {
        var lead = await app.StaffClientAsync("teamlead");
        var brandId = await lead.BrandAsync(GenuineClient.Unique("Longchamp"));
        var inspector = await app.StaffClientAsync("inspector");
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"{GenuineClient.Root}/brands/{brandId}")).StatusCode);

        var attempts = new[]
        {
            await inspector.PostAsJsonAsync($"{GenuineClient.Root}/brands", new { name = GenuineClient.Unique("Celine") }),
            await inspector.PutAsJsonAsync($"{GenuineClient.Root}/brands/{brandId}", new { name = "Đổi tên" }),
            await inspector.DeleteAsync($"{GenuineClient.Root}/brands/{brandId}"),
            await inspector.PostAsJsonAsync($"{GenuineClient.Root}/products", new { brandId, name = "Le Pliage" }),
            await inspector.PostAsJsonAsync($"{GenuineClient.Root}/sellers", new { brandId, platform = "shopee", sellerPlatformId = "x", sellerName = "X" }),
            await inspector.PostAsync($"{GenuineClient.Root}/import", new StringContent("{\"kind\":\"brand\",\"name\":\"Celine\"}", System.Text.Encoding.UTF8, "application/x-ndjson")),
        };
        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.Forbidden, a.StatusCode));
        var brand = await inspector.GetJsonAsync($"/brands/{brandId}");
        Assert.StartsWith("Longchamp", brand.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, brand.GetProperty("productCount").GetInt32());
    }

    [Fact]
    public async Task Supervisor_and_admin_can_write()
    {
        foreach (var user in new[] { "supervisor", "admin" })
            await (await app.StaffClientAsync(user)).BrandAsync(GenuineClient.Unique("Montblanc " + user));
    }
}

public sealed class GenuineAccessTests_Sqlite(SqliteApp app) : GenuineAccessTests<SqliteApp>(app);

public sealed class GenuineAccessTests_Postgres(PostgresApp app) : GenuineAccessTests<PostgresApp>(app);
