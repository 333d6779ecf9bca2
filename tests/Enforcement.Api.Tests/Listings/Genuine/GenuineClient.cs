using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Listings.Genuine;

internal static class GenuineClient
{
    public const string Root = "/api/staff/genuine";

    public static async Task<JsonElement> CreatedAsync(this HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(Root + path, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<long> BrandAsync(this HttpClient client, string name, bool isProtected = false) =>
        (await client.CreatedAsync("/brands", new { name, aliases = new[] { name[..2] }, @protected = isProtected })).GetProperty("id").GetInt64();

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(Root + path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>The 400's per-field messages.</summary>
    public static async Task<JsonElement> InvalidAsync(this HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync()).GetProperty("errors");
    }

    public static string First(this JsonElement errors, string field) => errors.GetProperty(field)[0].GetString()!;

    public static async Task<JsonElement> ImportAsync(this HttpClient client, params string[] lines)
    {
        var content = new StringContent(string.Join("\n", lines), Encoding.UTF8, "application/x-ndjson");
        var response = await client.PostAsync(Root + "/import", content);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"import: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>A name no other test of the shared app uses.</summary>
    public static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";
}
