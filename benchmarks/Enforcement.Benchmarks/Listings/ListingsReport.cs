namespace Enforcement.Benchmarks.Listings;

/// <summary>The Markdown tables docs/benchmarks.md shows.</summary>
internal static class ListingsReport
{
    public static IEnumerable<string> IngestRows(string label, int count, IngestTimes t, TimeSpan floorLoad, TimeSpan floorIndex)
    {
        string Row(string phase, TimeSpan app, TimeSpan? floor) =>
            $"| {label} | {phase} | {app.TotalSeconds:F1} | {count / app.TotalSeconds:F0} | {(floor is { } f ? $"{f.TotalSeconds:F1}" : "")} | {(floor is { } g ? $"{app / g:F1}" : "")} |";
        yield return Row("import (ListingImporter)", t.Import, floorLoad);
        yield return Row("risk refresh", t.Risk, null);
        yield return Row("index fill", t.Index, floorIndex);
        yield return Row("**total ingest**", t.Total, floorLoad + floorIndex);
    }

    public static void Print(int count, List<string> ingest, List<(string Backend, List<QueryTimes> Times)> queries, string loadAtEnd)
    {
        Console.WriteLine($"## Ingest of {count:N0} listings");
        Console.WriteLine();
        Console.WriteLine("| Database | Phase | App s | App lines/s | Floor s | Ratio app/floor |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var line in ingest) Console.WriteLine(line);
        foreach (var (backend, times) in queries)
        {
            Console.WriteLine();
            Console.WriteLine($"## Searches on {backend}: top 20 with facets, {times[0].App.Count} rounds after 3 warm-up rounds (ms)");
            Console.WriteLine();
            Console.WriteLine("| Query | Matches | Top-5 risk | App p50 | App p95 | Floor p50 | Floor p95 | Ratio p95 |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var t in times)
            {
                var (ap95, fp95) = (QueryBench.Percentile(t.App, 95), QueryBench.Percentile(t.Floor, 95));
                var matches = t.AppTotal == t.FloorTotal ? $"{t.AppTotal:N0}" : $"{t.AppTotal:N0} (floor {t.FloorTotal:N0})";
                Console.WriteLine($"| {t.Query.Label} | {matches} | {t.TopRisk} | {QueryBench.Percentile(t.App, 50):F1} | {ap95:F1} | {QueryBench.Percentile(t.Floor, 50):F1} | {fp95:F1} | {ap95 / fp95:F1} |");
            }
            var app = times.SelectMany(t => t.App).ToList();
            var floor = times.SelectMany(t => t.Floor).ToList();
            Console.WriteLine($"| **all 20** | | | **{QueryBench.Percentile(app, 50):F1}** | **{QueryBench.Percentile(app, 95):F1}** | {QueryBench.Percentile(floor, 50):F1} | {QueryBench.Percentile(floor, 95):F1} | {QueryBench.Percentile(app, 95) / QueryBench.Percentile(floor, 95):F1} |");
        }
        Console.WriteLine();
        Console.WriteLine($"Load average at the end: {loadAtEnd}.");
    }
}
