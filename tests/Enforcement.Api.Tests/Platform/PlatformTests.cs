using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Platform;

public abstract class PlatformTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Health_reports_the_database()
    {
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Healthy", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_public_contract()
    {
        var doc = await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/complaints", "/api/complaints/{trackingCode}", "/api/auth/token", "/api/staff/complaints", "/api/reference/provinces",
            "/api/staff/tasks", "/api/staff/tasks/{taskId}/complete", "/api/staff/tasks/{taskId}/assign", "/api/staff/tasks/bulk-assign", "/api/staff/tasks/{taskId}/extend",
            "/api/staff/cases/{code}", "/api/staff/cases/{code}/processes/{instanceId}/signals/{signal}", "/api/staff/cases/{code}/processes/{instanceId}/diagram",
            "/api/staff/workflows", "/api/staff/workflows/{id}/versions/{version}/diagram", "/api/staff/workflows/instances/{instanceId}/migrate",
            "/api/staff/cases/{code}/evidence", "/api/staff/evidence/{id}", "/api/staff/evidence/{id}/verify", "/api/staff/evidence/{id}/export",
            "/api/staff/evidence/public-key", "/api/staff/evidence/{id}/artifacts/{kind}" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        var post = paths.GetProperty("/api/complaints").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("201", out _));
        Assert.True(paths.GetProperty("/api/staff/cases/{code}/evidence").GetProperty("post").GetProperty("responses").TryGetProperty("202", out _));
        Assert.False(paths.TryGetProperty("/staff/evidence/{id}/export", out _), "the page's cookie routes are not API");
    }

    [Fact]
    public async Task Errors_are_in_english_when_asked()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var body = TestData.ValidComplaint();
        body["consentToProcessing"] = false;
        var response = await client.PostAsJsonAsync("/api/complaints", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.JsonAsync()).GetProperty("errors").GetProperty("consentToProcessing")[0].GetString();
        Assert.StartsWith("You must", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wards_of_a_province_come_from_reference_data()
    {
        var client = app.CreateClient();
        var wards = await (await client.GetAsync("/api/reference/provinces/82/wards")).JsonAsync();
        Assert.Contains(wards.EnumerateArray(), w => w.GetProperty("code").GetString() == TestData.HomeWard);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/reference/provinces/99/wards")).StatusCode);
    }
}

public sealed class PlatformTests_Sqlite(SqliteApp app) : PlatformTests<SqliteApp>(app);

public sealed class PlatformTests_Postgres(PostgresApp app) : PlatformTests<PostgresApp>(app);
