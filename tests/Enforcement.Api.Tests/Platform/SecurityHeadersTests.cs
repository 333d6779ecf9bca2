using System.Net;
using System.Net.Http.Headers;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Enforcement.Api.Tests.Platform;

public abstract class SecurityHeadersTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Theory]
    [InlineData("/complaints/new")]
    [InlineData("/complaints/status")]
    [InlineData("/staff/login")]
    [InlineData("/no-such-page")]
    [InlineData("/api/docs/index.html")]
    public async Task Every_page_gets_a_policy_without_inline_script_and_the_other_headers(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var policy = Directives(response);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.DoesNotContain(policy, d => d.Value.Contains("unsafe-eval", StringComparison.Ordinal) || (d.Key != "style-src" && d.Value.Contains("unsafe-inline", StringComparison.Ordinal)));
        // Only Swagger UI, which adds a <style> element, may use inline styles.
        Assert.Equal(path.StartsWith("/api/docs", StringComparison.Ordinal) ? "'self' 'unsafe-inline'" : "'self'", policy["style-src"]);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Api_answers_are_not_sniffed_either()
    {
        var response = await app.CreateClient().GetAsync("/api/complaints/PA-2026-999999?key=x");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task An_attachment_is_downloaded_as_a_file_unsniffed_and_sandboxed()
    {
        var form = Complaints.MalformedBodies.ValidForm();
        form.Add(new ByteArrayContent(TestData.TinyPng()), "files", "<b>ảnh</b>.html");
        var created = await app.CreateClient().PostAsync("/api/complaints", form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var code = (await created.JsonAsync()).GetProperty("trackingCode").GetString();
        var staff = await app.StaffClientAsync("inspector");
        var id = (await (await staff.GetAsync($"/api/staff/complaints/{code}")).JsonAsync()).GetProperty("attachments")[0].GetProperty("id").GetInt64();

        var download = await staff.GetAsync($"/api/staff/complaints/{code}/attachments/{id}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("sandbox", download.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(TestData.TinyPng(), await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Case_diagrams_style_with_attributes_so_the_page_policy_needs_no_inline_style()
    {
        var code = await app.FileAsync();
        var staff = await app.StaffClientAsync("supervisor");
        var process = (await staff.CaseAsync(code)).GetProperty("processes")[0].GetProperty("id").GetInt64();

        var svg = await staff.GetStringAsync($"/api/staff/cases/{code}/processes/{process}/diagram");

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("fill=\"#fff4ce\"", svg, StringComparison.Ordinal); // the current step
        Assert.DoesNotContain("style", svg, StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        response.Headers.GetValues("Content-Security-Policy").Single()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ', 2)[0], d => d.Split(' ', 2)[1]);
}

public sealed class SecurityHeadersTests_Sqlite(SqliteApp app) : SecurityHeadersTests<SqliteApp>(app);

public sealed class SecurityHeadersTests_Postgres(PostgresApp app) : SecurityHeadersTests<PostgresApp>(app);

/// <summary>The app as deployed (not Development). HSTS does not touch the database, so one provider is enough.</summary>
public sealed class ProductionApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class StrictTransportSecurityTests(ProductionApp production, SqliteApp development) : IClassFixture<ProductionApp>, IClassFixture<SqliteApp>
{
    private static readonly Uri Https = new("https://phananh.sct.example.vn");
    private static readonly Uri Http = new("http://phananh.sct.example.vn");

    [Fact]
    public async Task Https_answers_carry_hsts_outside_development()
    {
        var response = await production.CreateClient(new() { BaseAddress = Https }).GetAsync("/complaints/new");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_hsts_over_plain_http_nor_in_development()
    {
        var plain = await production.CreateClient(new() { BaseAddress = Http }).GetAsync("/complaints/new");
        var dev = await development.CreateClient(new() { BaseAddress = Https }).GetAsync("/complaints/new");

        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.False(dev.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.OK, dev.StatusCode);
    }
}
