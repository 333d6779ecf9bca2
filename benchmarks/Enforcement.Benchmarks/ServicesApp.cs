using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Enforcement.Benchmarks;

/// <summary>
/// The real app's services on one database, no server: the code measured runs as the API runs it. Background workers
/// are removed so that nothing runs beside the phase being measured.
/// </summary>
internal class ServicesApp(string provider, string connectionString) : WebApplicationFactory<Program>
{
    public IServiceProvider Start()
    {
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ENFORCEMENT_API", Path.Combine(Listings.BenchRoot.Find(), "src", "Enforcement.Api"));
        return Services; // starts the app: schema scripts and reference data (wards, agencies), no demo data
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("Email:Folder", Path.Combine(Path.GetTempPath(), $"enf-bench-mail-{Guid.NewGuid():N}"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(s =>
        {
            foreach (var d in s.Where(d => d.ServiceType == typeof(IHostedService)).ToList()) s.Remove(d);
            ConfigureBenchServices(s);
        });
    }

    /// <summary>What one benchmark adds to the app's services (e.g. a timed index).</summary>
    protected virtual void ConfigureBenchServices(IServiceCollection services) { }
}
