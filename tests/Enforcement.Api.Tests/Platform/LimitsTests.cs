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
        ["Identity:Lockout:MaxFailedAttempts"] = "3",
        ["Identity:Lockout:LockoutMinutes"] = "15",
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

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_until_the_lockout_ends()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "teamlead", password = "sai" })).StatusCode);
        // The failure that reaches the limit already says the account is locked.
        Assert.Equal(HttpStatusCode.Locked, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "teamlead", password = "sai" })).StatusCode);

        var locked = await client.PostAsJsonAsync("/api/auth/token", new { userName = "teamlead", password = TestData.DemoPassword });
        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
        Assert.Contains("tạm khóa", (await locked.JsonAsync()).GetProperty("title").GetString(), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.Locked, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "teamlead", password = TestData.DemoPassword })).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { userName = "teamlead", password = TestData.DemoPassword })).StatusCode);
    }
}
