using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>The real app on a throwaway database of one provider.</summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _mailFolder = Path.Combine(Path.GetTempPath(), "enf-mail-" + Guid.NewGuid().ToString("N"));
    private readonly string _evidenceFolder = Path.Combine(Path.GetTempPath(), "enf-evidence-" + Guid.NewGuid().ToString("N"));

    internal string MailFolder => _mailFolder;
    internal string EvidenceFolder => _evidenceFolder;
    internal string Database => ConnectionString;
    internal string DatabaseProvider => Provider;
    protected abstract string Provider { get; }
    protected abstract string ConnectionString { get; }
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    /// <summary>A hand-moved clock in place of the system's, for apps whose tests move time.</summary>
    protected virtual TimeProvider? TestClock => null;

    /// <summary>Another hosting environment than Development (e.g. Production), for what changes with it.</summary>
    protected virtual string? HostEnvironment => null;

    /// <summary>Instruments the app's own services (never replaces what the world provides).</summary>
    protected virtual void AddTestServices(IServiceCollection services) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Email:Folder", _mailFolder);
        builder.UseSetting("Email:PollMilliseconds", "600000");
        builder.UseSetting("RateLimiting:SubmitPermits", "100000");
        builder.UseSetting("RateLimiting:ReadPermits", "100000");
        builder.UseSetting("RateLimiting:LoginPermits", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Complaints with listing URLs queue captures; only the evidence tests run the browser.
        builder.UseSetting("EvidenceQueue:RunWorker", "false");
        // Listing changes wait in the index queue until a test drains it (ListingsClient.IndexAsync).
        builder.UseSetting("ListingIndex:RunWorker", "false");
        builder.UseSetting("Seed:DemoListings", "0");   // DemoListingTests turns them on
        builder.UseSetting("Seed:DemoHistory", "false"); // DemoHistoryTests turns it on
        // Reports are drafted on the 1st only when a test runs the job (ReportSubmissionTests).
        builder.UseSetting("Reports:Submission:RunWorker", "false");
        builder.UseSetting("Evidence:StoreRoot", Path.Combine(_evidenceFolder, "store"));
        builder.UseSetting("Evidence:SigningKeyPath", Path.Combine(_evidenceFolder, "keys", "evidence-signing.pem"));
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
        if (TestClock is { } clock) builder.ConfigureTestServices(s => s.AddSingleton(clock));
        if (HostEnvironment is { } environment) builder.UseEnvironment(environment);
        builder.ConfigureTestServices(AddTestServices);
    }
}

public class SqliteApp : AppFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"enf-{Guid.NewGuid():N}.db");
    protected override string Provider => "Sqlite";
    protected override string ConnectionString => $"Data Source={_file}";
}

public class PostgresApp : AppFactory
{
    private readonly ThrowawayPostgres _database = new();

    protected override string Provider => "Postgres";
    protected override string ConnectionString => _database.ConnectionString;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
