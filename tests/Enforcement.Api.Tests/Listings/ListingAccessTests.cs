using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Listings;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Api.Tests.Listings;

/// <summary>Who may work on listings, the listing page, and links to cases.</summary>
public abstract class ListingAccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    private async Task<long> ImportOneAsync(string? url = null)
    {
        var id = "p-" + Guid.NewGuid().ToString("N")[..10];
        var line = ListingClient.Line(id);
        if (url is not null) line = line.Replace($"https://shopee.vn/tui-xach-i.1.{id}", url, StringComparison.Ordinal);
        await (await app.StaffClientAsync("inspector")).ImportOkAsync(line);
        return await app.ListingIdAsync("shopee", id);
    }

    [Fact]
    public async Task Anonymous_callers_get_401_and_other_agencies_liaisons_403_on_every_listing_endpoint()
    {
        var id = await ImportOneAsync();
        var code = await app.FileAsync();
        var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.ImportAsync(ListingClient.Line("q"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/staff/listings/{id}")).StatusCode);
        foreach (var liaison in new[] { "police", "association" })
        {
            var client = await app.StaffClientAsync(liaison);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.ImportAsync(ListingClient.Line("q"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/staff/listings/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"/api/staff/listings/{id}/links", new { caseCode = code })).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.StaffClientAsync("analyst")).GetAsync($"/api/staff/listings/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.StaffClientAsync("admin")).GetAsync($"/api/staff/listings/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_listing_page_shows_fields_risk_history_and_links_and_a_missing_listing_is_404()
    {
        var id = await ImportOneAsync();
        await app.DbAsync(db => db.Set<Listing>().Where(l => l.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.RiskScore, 85).SetProperty(l => l.RiskBand, "high")
            .SetProperty(l => l.RiskFactorsJson, """[{"code":"lexicon","weight":40,"detail":"like auth"}]""")));
        var inspector = await app.StaffClientAsync("inspector");

        var detail = await (await inspector.GetAsync($"/api/staff/listings/{id}")).JsonAsync();

        Assert.Equal("shopee", detail.GetProperty("platform").GetString());
        Assert.Equal(85, detail.GetProperty("risk").GetProperty("score").GetInt32());
        Assert.Equal("high", detail.GetProperty("risk").GetProperty("band").GetString());
        Assert.Equal("like auth", detail.GetProperty("risk").GetProperty("factors")[0].GetProperty("detail").GetString());
        Assert.Equal(1, detail.GetProperty("history").GetArrayLength());
        Assert.Equal("import", detail.GetProperty("history")[0].GetProperty("source").GetString());
        Assert.Equal(0, detail.GetProperty("links").GetArrayLength());

        var missing = await inspector.GetAsync("/api/staff/listings/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Linking_to_a_visible_case_is_idempotent_and_an_invisible_or_unknown_case_is_404_with_a_field_message()
    {
        var id = await ImportOneAsync();
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");

        var created = await inspector.PostAsJsonAsync($"/api/staff/listings/{id}/links", new { caseCode = code.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var again = await inspector.PostAsJsonAsync($"/api/staff/listings/{id}/links", new { caseCode = code });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await created.JsonAsync()).GetProperty("id").GetInt64(), (await again.JsonAsync()).GetProperty("id").GetInt64());
        var links = (await (await inspector.GetAsync($"/api/staff/listings/{id}")).JsonAsync()).GetProperty("links");
        Assert.Equal(code, Assert.Single(links.EnumerateArray()).GetProperty("caseCode").GetString());

        // An administrator may open listings but sees no case: the case is not found for them, and the link stays hidden.
        var admin = await app.StaffClientAsync("admin");
        var hidden = await admin.PostAsJsonAsync($"/api/staff/listings/{id}/links", new { caseCode = code });
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.True((await hidden.JsonAsync()).GetProperty("errors").TryGetProperty("caseCode", out _));
        Assert.Equal(0, (await (await admin.GetAsync($"/api/staff/listings/{id}")).JsonAsync()).GetProperty("links").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await inspector.PostAsJsonAsync($"/api/staff/listings/{id}/links", new { caseCode = "PA-1999-000001" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await inspector.PostAsJsonAsync($"/api/staff/listings/{id}/links", new { caseCode = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.PostAsJsonAsync("/api/staff/listings/987654321/links", new { caseCode = code })).StatusCode);
    }

    [Fact]
    public async Task A_complaint_naming_a_known_listing_url_is_linked_to_it_at_intake()
    {
        // The complaint test data names this URL.
        var url = "https://shopee.vn/nuoc-mam-i.1.2";
        var id = await app.DbAsync(db => db.Set<Listing>().Where(l => l.Url == url).Select(l => (long?)l.Id).FirstOrDefaultAsync())
            ?? await ImportOneAsync(url);
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");

        var links = (await (await inspector.GetAsync($"/api/staff/listings/{id}")).JsonAsync()).GetProperty("links");

        Assert.Contains(links.EnumerateArray(), l => l.GetProperty("caseCode").GetString() == code && l.GetProperty("createdBy").GetString() == "system");
    }
}

public sealed class ListingAccessTests_Sqlite(SqliteApp app) : ListingAccessTests<SqliteApp>(app);

public sealed class ListingAccessTests_Postgres(PostgresApp app) : ListingAccessTests<PostgresApp>(app);
