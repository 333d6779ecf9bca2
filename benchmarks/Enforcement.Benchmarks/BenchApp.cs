using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Benchmarks;

/// <summary>The real app on a loopback port, with the floor endpoint added next to it.</summary>
internal sealed class BenchApp(string provider, string connectionString, string mailFolder, bool withoutOutbox) : WebApplicationFactory<Program>
{
    public string Start()
    {
        // The app's content root (appsettings, wwwroot), found from the repository root.
        var root = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Enforcement.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Run the benchmark from inside the repository.");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ENFORCEMENT_API", Path.Combine(root.FullName, "src", "Enforcement.Api"));
        UseKestrel(0);
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
    }

    /// <summary>Waits until the dispatcher has sent what earlier rounds queued, so it does not run during the next round.</summary>
    public async Task QuietAsync()
    {
        for (var i = 0; i < 600; i++)
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>();
            if (!await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.OutboxMessages, m => m.SentAt == null && m.DeadAt == null && m.NextAttemptAt <= DateTime.UtcNow)) return;
            await Task.Delay(100);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Email:Folder", mailFolder);
        builder.UseSetting("RateLimiting:SubmitPermits", "1000000");
        builder.UseSetting("RateLimiting:ReadPermits", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new FloorStartupFilter(provider == "Postgres", connectionString)));
        // Diagnostic only: how much of the cost is the email dispatcher running beside the intake.
        if (withoutOutbox) builder.ConfigureServices(s => { foreach (var d in s.Where(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService)).ToList()) s.Remove(d); });
    }
}
