using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Enforcement.Api.Tests.Admin;

/// <summary>Accounts made through the administration API, and sign-ins by token and by the login form.</summary>
internal static partial class AdminClient
{
    public const string StrongPassword = "Kiem-tra-2026-an-toan";

    /// <summary>A new inspector of QLTT's team 1 with <see cref="StrongPassword"/>; its user name is unique per call.</summary>
    public static async Task<string> NewInspectorAsync(this HttpClient admin, string prefix)
    {
        var userName = $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";
        var created = await admin.PostAsJsonAsync("/api/staff/admin/users", new
        {
            userName, fullName = "Trần Thị Kiểm Tra", email = $"{userName}@qltt.example.gov.vn", role = "inspector", agency = "QLTT", team = "QLTT-D1", password = StrongPassword,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return userName;
    }

    public static async Task<HttpResponseMessage> TokenAsync(this AppFactory app, string userName, string password) =>
        await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password });

    public static async Task<HttpClient> BearerAsync(this AppFactory app, string userName, string password)
    {
        var token = await app.TokenAsync(userName, password);
        token.EnsureSuccessStatusCode();
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.JsonAsync()).GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Signs in through the real login form; the client keeps the cookie and does not follow redirects.</summary>
    public static async Task<HttpClient> CookieAsync(this AppFactory app, string userName, string password = TestData.DemoPassword)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/staff/login");
        var response = await client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = password, ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static string FormToken(string html) => AntiforgeryToken().Match(html).Groups[1].Value;

    public static async Task<Dictionary<string, string[]>> ErrorsAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync()).GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
