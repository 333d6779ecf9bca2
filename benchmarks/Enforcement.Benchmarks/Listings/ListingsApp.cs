using Enforcement.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Enforcement.Benchmarks.Listings;

/// <summary>
/// The real app's services on one database, no server: the importer, the rebuild and the search run as the API
/// runs them. Background workers are removed so that nothing indexes beside the phase being measured.
/// </summary>
internal sealed class ListingsApp(string provider, string connectionString) : WebApplicationFactory<Program>
{
    /// <summary>When the rebuild handed its batches to the index: the risk refresh ran before, the index fill after.</summary>
    public PhaseClock Clock { get; } = new();

    public IServiceProvider Start()
    {
        var root = BenchRoot.Find();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_ENFORCEMENT_API", Path.Combine(root, "src", "Enforcement.Api"));
        return Services;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Seed:DemoData", "false");
        builder.UseSetting("ListingIndex:RunWorker", "false");
        builder.UseSetting("Email:Folder", Path.Combine(Path.GetTempPath(), $"enf-bench-mail-{Guid.NewGuid():N}"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(s =>
        {
            foreach (var d in s.Where(d => d.ServiceType == typeof(IHostedService)).ToList()) s.Remove(d);
            var index = s.Single(d => d.ServiceType == typeof(IListingIndex));
            s.Remove(index);
            s.AddSingleton<IListingIndex>(sp => new TimedIndex((IListingIndex)index.ImplementationFactory!(sp), Clock));
        });
    }
}

internal sealed class PhaseClock
{
    public System.Diagnostics.Stopwatch Watch { get; } = new();
    public TimeSpan RebuildStarted { get; set; }
}

/// <summary>The app's index, unchanged, noting when a rebuild starts.</summary>
internal sealed class TimedIndex(IListingIndex inner, PhaseClock clock) : IListingIndex
{
    public string Backend => inner.Backend;
    public Task EnsureReadyAsync(CancellationToken ct) => inner.EnsureReadyAsync(ct);
    public Task<IndexWriteResult> UpsertAsync(IReadOnlyCollection<ListingDocument> documents, CancellationToken ct) => inner.UpsertAsync(documents, ct);
    public Task DeleteAsync(IReadOnlyCollection<long> ids, CancellationToken ct) => inner.DeleteAsync(ids, ct);
    public Task<ListingSearchResult> SearchAsync(ListingQuery query, CancellationToken ct) => inner.SearchAsync(query, ct);

    public Task RebuildAsync(IAsyncEnumerable<IReadOnlyList<ListingDocument>> batches, CancellationToken ct)
    {
        clock.RebuildStarted = clock.Watch.Elapsed;
        return inner.RebuildAsync(batches, ct);
    }
}

internal static class BenchRoot
{
    public static string Find()
    {
        var root = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Enforcement.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
