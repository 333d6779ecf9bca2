using System.Diagnostics;
using Enforcement.Api.Data;
using Enforcement.Api.Listings.Genuine.Seed;
using Enforcement.Api.Listings.Import;
using Enforcement.Api.Listings.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Benchmarks.Listings;

internal sealed record IngestTimes(TimeSpan Import, TimeSpan Risk, TimeSpan Index, long Imported, long Indexed)
{
    public TimeSpan Total => Import + Risk + Index;
}

/// <summary>The app's ingest: the importer over the file, then the full index rebuild (risk refresh, then the index fill).</summary>
internal static class AppIngest
{
    public static async Task<IngestTimes> RunAsync(ListingsApp app, IServiceProvider services, string file, CancellationToken ct)
    {
        using (var scope = services.CreateScope())
        {
            // The demo brands and products: the reference the risk score compares listings with.
            await GenuineDemoData.SeedAsync(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>(), TimeProvider.System, ct);
        }
        var watch = Stopwatch.StartNew();
        ImportReport report;
        using (var scope = services.CreateScope())
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
            report = await scope.ServiceProvider.GetRequiredService<ListingImporter>().ImportAsync(stream, ImportFormat.Ndjson, ct);
        }
        var import = watch.Elapsed;
        if (report.Rejected > 0) throw new InvalidOperationException($"The importer refused {report.Rejected} corpus lines.");
        Console.Error.WriteLine($"  import: {import.TotalSeconds:F1} s ({report.Inserted} inserted)");

        app.Clock.Watch.Restart();
        long indexed;
        using (var scope = services.CreateScope())
            indexed = await scope.ServiceProvider.GetRequiredService<ListingIndexRebuild>().RunAsync(ct);
        var rebuild = app.Clock.Watch.Elapsed;
        var risk = app.Clock.RebuildStarted;
        Console.Error.WriteLine($"  risk: {risk.TotalSeconds:F1} s, index: {(rebuild - risk).TotalSeconds:F1} s");
        return new IngestTimes(import, risk, rebuild - risk, report.Inserted, indexed);
    }
}
