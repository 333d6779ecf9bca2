using System.Net;
using Enforcement.Api.Data;
using Enforcement.Api.Data.Seeding;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Deployment;

public sealed class DemoDataGuardTests
{
    /// <summary>Demo data on (as every AppFactory app), listening where <paramref name="urls"/> says.</summary>
    private sealed class DemoApp(string urls, bool allowOnNetwork = false) : AppFactory
    {
        public string File { get; } = Path.Combine(Path.GetTempPath(), $"enf-guard-{Guid.NewGuid():N}.db");
        protected override string Provider => "Sqlite";
        protected override string ConnectionString => $"Data Source={File}";
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["urls"] = urls,
            [DemoDataGuard.OverrideKey] = allowOnNetwork ? "true" : "false",
        };
    }

    [Fact]
    public void Demo_data_on_an_address_reachable_from_the_network_refuses_to_start_and_seeds_nothing()
    {
        using var app = new DemoApp("http://0.0.0.0:0");

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        var refused = error as InvalidOperationException ?? error.InnerException as InvalidOperationException;
        Assert.NotNull(refused);
        Assert.Contains("Seed:DemoData is true and the app would listen on http://0.0.0.0:0", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Seed:AllowDemoDataOnNetwork=true", refused.Message, StringComparison.Ordinal);
        Assert.Empty(Tables(app.File)); // not even the schema was written
    }

    [Fact]
    public async Task The_explicit_override_lets_demo_data_run_on_the_network()
    {
        await using var app = new DemoApp("http://0.0.0.0:0", allowOnNetwork: true);

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
        Assert.True(await DemoUserExistsAsync(app));
    }

    [Theory]
    [InlineData("http://127.0.0.1:0")]
    [InlineData("http://localhost:5080;http://[::1]:0")]
    public async Task Demo_data_on_loopback_starts(string urls)
    {
        await using var app = new DemoApp(urls);

        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/health")).StatusCode);
        Assert.True(await DemoUserExistsAsync(app));
    }

    [Theory]
    [InlineData("urls=http://+:8080", "http://+:8080")]
    [InlineData("urls=http://*:8080", "http://*:8080")]
    [InlineData("urls=http://[::]:8080", "http://[::]:8080")]
    [InlineData("urls=http://enforcement.example.vn:80", "http://enforcement.example.vn:80")]
    [InlineData("urls=http://localhost:5080;http://192.0.2.10:80", "http://192.0.2.10:80")]
    [InlineData("http_ports=8080", "http://*:8080")]
    [InlineData("https_ports=8443", "https://*:8443")]
    [InlineData("Kestrel:Endpoints:Http:Url=http://0.0.0.0:5000", "http://0.0.0.0:5000")]
    public void Non_loopback_addresses_are_found_in_every_place_kestrel_reads_them(string setting, string exposed)
    {
        var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();

        var error = Assert.Throws<InvalidOperationException>(() => DemoDataGuard.EnsureAllowed(configuration, new SeedOptions { DemoData = true }));
        Assert.Contains($"would listen on {exposed},", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]                                        // Kestrel's default: localhost:5000
    [InlineData("urls", "http://localhost:5080")]
    [InlineData("urls", "http://127.0.0.1:5080;https://[::1]:5081")]
    [InlineData("urls", "http://unix:/run/enforcement.sock")]
    public void Loopback_or_nothing_configured_is_allowed(string? key, string? value)
    {
        var settings = key is null ? [] : new[] { new KeyValuePair<string, string?>(key, value) };
        // urls win over the ports the official image sets (ASPNETCORE_HTTP_PORTS=8080), as in Kestrel.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings)
            .AddInMemoryCollection(key is null ? [] : [new("http_ports", "8080")]).Build();

        DemoDataGuard.EnsureAllowed(configuration, new SeedOptions { DemoData = true });
    }

    private static async Task<bool> DemoUserExistsAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().StaffUsers.AnyAsync(u => u.UserName == "inspector");
    }

    private static List<string> Tables(string file)
    {
        if (!File.Exists(file)) return [];
        using var conn = new SqliteConnection($"Data Source={file};Pooling=False");
        conn.Open();
        using var cmd = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table'", conn);
        using var reader = cmd.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }
}
