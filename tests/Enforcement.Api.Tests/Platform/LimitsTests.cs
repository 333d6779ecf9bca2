using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Platform;

/// <summary>An app with tight limits and a hand-moved clock.</summary>
public sealed class LimitedApp : SqliteApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        ["RateLimiting:SubmitPermits"] = "2",
        ["RateLimiting:WindowSeconds"] = "3600",
    };

    protected override TimeProvider TestClock => Clock;
}

public sealed class LimitsTests(LimitedApp app) : IClassFixture<LimitedApp>
{
    [Fact]
    public async Task Submissions_beyond_the_limit_get_429_with_retry_after_and_store_nothing()
    {
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) statuses.Add((await client.PostAsJsonAsync("/api/complaints", TestData.ValidComplaint())).StatusCode);
        var limited = await client.PostAsJsonAsync("/api/complaints", TestData.ValidComplaint());

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.RetryAfter is not null || limited.Headers.Contains("Retry-After"));
        Assert.Equal("Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.", (await limited.JsonAsync()).GetProperty("title").GetString());

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        Assert.Equal(2, await db.Complaints.CountAsync(c => c.Channel == "api"));
        // Reads are limited separately: the status endpoint still answers.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/complaints/PA-2026-999999?key=x")).StatusCode);
    }
}
