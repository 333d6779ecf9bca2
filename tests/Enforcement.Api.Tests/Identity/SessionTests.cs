using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Identity;

/// <summary>Staff sign-ins are sessions the server can end; cookies never reach the API.</summary>
public abstract partial class SessionTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    /// <summary>Signs in through the real login form; returns the client (with its cookies) and the staff cookie's value.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInWithCookieAsync(string user)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/staff/login");
        var response = await client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = user, ["password"] = TestData.DemoPassword, ["__RequestVerificationToken"] = Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("enf.staff=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    private static string Token(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    private HttpClient Bare(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    [Fact]
    public async Task A_cookie_copied_before_sign_out_no_longer_works_after_it()
    {
        var (client, cookie) = await SignInWithCookieAsync("inspector");
        Assert.Equal(HttpStatusCode.OK, (await Bare(cookie).GetAsync("/staff/tasks")).StatusCode);

        var page = await client.GetStringAsync("/staff/tasks");
        var signOut = await client.PostAsync("/staff/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token(page) }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var replay = await Bare(cookie).GetAsync("/staff/tasks");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/staff/login", replay.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_cookie_cannot_drive_the_api_from_another_site()
    {
        var code = await app.FileAsync();
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var task = await (await app.StaffClientAsync("inspector")).TaskAtAsync(code, "verification");
        var (_, cookie) = await SignInWithCookieAsync("inspector");

        var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/tasks/{task.GetProperty("id").GetInt64()}/claim") { Content = new StringContent("{}", new MediaTypeHeaderValue("text/plain")) };
        forged.Headers.Add("Origin", "https://evil.example");
        var answer = await Bare(cookie).SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal(JsonValueKindNull, (await (await app.StaffClientAsync("inspector")).TaskAtAsync(code, "verification")).GetProperty("assignedUser").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task A_bearer_token_stops_working_after_sign_out_and_when_its_user_is_switched_off()
    {
        var inspector = await app.StaffClientAsync("inspector");
        Assert.Equal(HttpStatusCode.NoContent, (await inspector.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await inspector.GetAsync("/api/staff/tasks")).StatusCode);

        var analyst = await app.StaffClientAsync("inspector2");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/staff/tasks")).StatusCode);
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().StaffUsers.Where(u => u.UserName == "inspector2")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false));
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await analyst.GetAsync("/api/staff/tasks")).StatusCode);
        }
        finally
        {
            using var scope = app.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().StaffUsers.Where(u => u.UserName == "inspector2")
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, true));
        }
    }

    [Fact]
    public async Task Staff_answers_are_not_cached()
    {
        var response = await (await app.StaffClientAsync("inspector")).GetAsync("/api/staff/tasks");
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store on staff data");
        Assert.True((await app.CreateClient().GetAsync("/api/reference/provinces")).Headers.CacheControl?.NoStore != true, "reference data may be cached");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

public sealed class SessionTests_Sqlite(CaseSqliteApp app) : SessionTests<CaseSqliteApp>(app);

public sealed class SessionTests_Postgres(CasePostgresApp app) : SessionTests<CasePostgresApp>(app);

/// <summary>The app as deployed: the Production environment.</summary>
public sealed class ProductionApp : SqliteApp
{
    protected override string? HostEnvironment => "Production";
}

public sealed class ProductionDocsApp : SqliteApp
{
    protected override string? HostEnvironment => "Production";
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["ApiDocs:Enabled"] = "true" };
}

public sealed class ProductionTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task Outside_development_cookies_are_secure_and_the_api_map_is_not_published()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var form = await client.GetAsync("/staff/login");
        Assert.All(form.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        var html = await form.Content.ReadAsStringAsync();
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var signIn = await client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["userName"] = "inspector", ["password"] = TestData.DemoPassword, ["__RequestVerificationToken"] = token }));
        var staffCookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("enf.staff=", StringComparison.Ordinal));
        Assert.Contains("secure", staffCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", staffCookie, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/docs/index.html")).StatusCode);
    }
}

public sealed class ProductionDocsTests(ProductionDocsApp app) : IClassFixture<ProductionDocsApp>
{
    [Fact]
    public async Task The_api_map_can_be_published_in_production_when_configured()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs/index.html")).StatusCode);
    }
}
