using Enforcement.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Benchmarks.Listings;

/// <summary>The app for the listing benchmarks: its index notes when a rebuild hands its batches over.</summary>
internal sealed class ListingsApp(string provider, string connectionString) : ServicesApp(provider, connectionString)
{
    /// <summary>When the rebuild handed its batches to the index: the risk refresh ran before, the index fill after.</summary>
    public PhaseClock Clock { get; } = new();

    protected override void ConfigureBenchServices(IServiceCollection services)
    {
        var index = services.Single(d => d.ServiceType == typeof(IListingIndex));
        services.Remove(index);
        services.AddSingleton<IListingIndex>(sp => new TimedIndex((IListingIndex)index.ImplementationFactory!(sp), Clock));
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
