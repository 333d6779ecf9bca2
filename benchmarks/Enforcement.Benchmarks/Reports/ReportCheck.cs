using Enforcement.Api.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Benchmarks.Reports;

/// <summary>A timing is only worth printing if the product and the floor counted the same things: says so on stderr.</summary>
internal static class ReportCheck
{
    public static async Task CompareAsync(string label, IServiceProvider services, ReportPeriod period, Dictionary<string, (long Count, long Sum)> floor, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var f = await scope.ServiceProvider.GetRequiredService<IReportFigures>().BuildAsync(period, ct);
        long Count(string kind) => floor.TryGetValue(kind, out var v) ? v.Count : 0;
        long Sum(string kind) => floor.TryGetValue(kind, out var v) ? v.Sum : 0;
        var records = floor.Where(p => p.Key.StartsWith("records:", StringComparison.Ordinal)).ToList();
        var checks = new (string Name, long Product, long Floor)[]
        {
            ("records", f.Violations.Records, records.Sum(p => p.Value.Count)),
            ("goods value", f.Violations.GoodsValueVnd, records.Sum(p => p.Value.Sum)),
            ("decisions", f.Violations.PenaltyDecisions, Count("decisions")),
            ("fines imposed", f.Violations.FinesImposedVnd, Sum("decisions")),
            ("fines collected", f.Violations.FinesCollectedVnd, Sum("collected")),
            ("cases opened", f.Violations.CasesOpened, Count("opened")),
            ("cases closed", f.Violations.CasesClosed, Count("closed")),
            ("complaints received", f.Complaints.Received, Count("received")),
            ("resolved on time", f.Complaints.ResolvedOnTime, Sum("resolved")),
        };
        foreach (var (name, product, expected) in checks)
            Console.Error.WriteLine($"{label}: {name}: product {product:N0}, floor {expected:N0}{(product == expected ? "" : "  <-- DIFFERENT")}");
    }
}
