using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests.Deployment;

/// <summary>Two permits per client per hour on each public limit.</summary>
public abstract class TightLimitsApp : KestrelApp
{
    protected virtual IDictionary<string, string?> Proxies => new Dictionary<string, string?>();

    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>(Proxies)
    {
        ["RateLimiting:SubmitPermits"] = "2",
        ["RateLimiting:ReadPermits"] = "2",
        ["RateLimiting:LoginPermits"] = "2",
        ["RateLimiting:WindowSeconds"] = "3600",
    };

    /// <summary>One request counted by the given limit, and the status it gets when within the limit.</summary>
    public static async Task<HttpStatusCode> SendAsync(HttpClient client, string limit) => (limit switch
    {
        "submit" => await client.PostAsJsonAsync("/api/complaints", TestData.ValidComplaint()),
        "login" => await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "wrong" }),
        "read" => await client.GetAsync("/api/complaints/PA-2026-999999?key=x"),
        _ => throw new ArgumentOutOfRangeException(nameof(limit)),
    }).StatusCode;

    public static HttpStatusCode Allowed(string limit) => limit switch
    {
        "submit" => HttpStatusCode.Created,
        "login" => HttpStatusCode.Unauthorized,
        _ => HttpStatusCode.NotFound,
    };

    public static async Task<List<HttpStatusCode>> ThreeAsync(HttpClient client, string limit) =>
        [await SendAsync(client, limit), await SendAsync(client, limit), await SendAsync(client, limit)];
}

public sealed class BehindProxyApp : TightLimitsApp
{
    protected override IDictionary<string, string?> Proxies => new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" };
}

public sealed class BehindProxyNetworkApp : TightLimitsApp
{
    protected override IDictionary<string, string?> Proxies => new Dictionary<string, string?> { ["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8" };
}

public sealed class NoProxyApp : TightLimitsApp;

public sealed class BehindProxyTests(BehindProxyApp app) : IClassFixture<BehindProxyApp>
{
    [Theory]
    [InlineData("submit", "203.0.113.10", "203.0.113.11")]
    [InlineData("login", "203.0.113.20", "203.0.113.21")]
    [InlineData("read", "203.0.113.30", "203.0.113.31")]
    public async Task Each_client_behind_a_known_proxy_has_its_own_bucket(string limit, string first, string second)
    {
        using var a = app.Client(forwardedFor: first);
        using var b = app.Client(forwardedFor: second);
        var expected = new[] { TightLimitsApp.Allowed(limit), TightLimitsApp.Allowed(limit), HttpStatusCode.TooManyRequests };

        Assert.Equal(expected, await TightLimitsApp.ThreeAsync(a, limit));
        Assert.Equal(expected, await TightLimitsApp.ThreeAsync(b, limit));
    }

    [Fact]
    public async Task Through_two_known_proxies_the_client_is_the_first_untrusted_address()
    {
        // The second proxy (also 127.0.0.1 here) appended the first proxy's view of the client.
        using var a = app.Client(forwardedFor: "198.51.100.1, 127.0.0.1");
        using var b = app.Client(forwardedFor: "198.51.100.2, 127.0.0.1");
        var expected = new[] { HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests };

        Assert.Equal(expected, await TightLimitsApp.ThreeAsync(a, "read"));
        Assert.Equal(expected, await TightLimitsApp.ThreeAsync(b, "read"));
    }

    [Fact]
    public async Task The_scheme_forwarded_by_a_known_proxy_is_the_requests_scheme()
    {
        using var client = app.Client(forwardedFor: "203.0.113.40", forwardedProto: "https");

        var redirect = await client.GetAsync("/staff/tasks");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("https://", redirect.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class BehindProxyNetworkTests(BehindProxyNetworkApp app) : IClassFixture<BehindProxyNetworkApp>
{
    [Fact]
    public async Task A_known_proxy_network_is_trusted_like_a_known_proxy()
    {
        using var a = app.Client(forwardedFor: "203.0.113.50");
        using var b = app.Client(forwardedFor: "203.0.113.51");

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], await TightLimitsApp.ThreeAsync(a, "submit"));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], await TightLimitsApp.ThreeAsync(b, "submit"));
    }
}

public sealed class NoProxyTests(NoProxyApp app) : IClassFixture<NoProxyApp>
{
    [Theory]
    [InlineData("submit")]
    [InlineData("login")]
    [InlineData("read")]
    public async Task A_forged_forwarded_for_does_not_escape_the_clients_bucket(string limit)
    {
        using var forged = app.Client(forwardedFor: "203.0.113.60");
        using var forgedAgain = app.Client(forwardedFor: "203.0.113.61");
        using var plain = app.Client();

        Assert.Equal([TightLimitsApp.Allowed(limit), TightLimitsApp.Allowed(limit), HttpStatusCode.TooManyRequests], await TightLimitsApp.ThreeAsync(forged, limit));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TightLimitsApp.SendAsync(forgedAgain, limit));
        Assert.Equal(HttpStatusCode.TooManyRequests, await TightLimitsApp.SendAsync(plain, limit));
    }

    [Fact]
    public async Task A_forged_scheme_is_ignored()
    {
        using var client = app.Client(forwardedProto: "https");

        var redirect = await client.GetAsync("/staff/tasks");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("http://127.0.0.1:", redirect.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class ForwardedHeadersValidationTests
{
    private sealed class MisconfiguredApp(string key, string value) : SqliteApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { [key] = value };
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "10.0.0.300", "ForwardedHeaders:KnownProxies: '10.0.0.300' is not an IP address.")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/33", "ForwardedHeaders:KnownNetworks: '10.0.0.0/33' is not a network in CIDR notation")]
    public void A_bad_proxy_address_stops_the_app_with_the_key_and_value(string key, string value, string message)
    {
        using var app = new MisconfiguredApp(key, value);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var invalid = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(invalid);
        Assert.Contains(message, invalid.Message, StringComparison.Ordinal);
    }
}
