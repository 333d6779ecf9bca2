using System.Data.Common;
using System.Diagnostics;
using Enforcement.Api.Data;
using Enforcement.Api.Listings.Search;
using Enforcement.Search;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Enforcement.Benchmarks.Listings;

internal sealed record QueryTimes(BenchQuery Query, List<double> App, List<double> Floor, long AppTotal, long FloorTotal, string TopRisk);

/// <summary>Each search through SearchListingsEndpoint.RunAsync (a fresh scope, as a request gets), its floor right after.</summary>
internal static class QueryBench
{
    public static async Task<List<QueryTimes>> RunAsync(IServiceProvider services, bool postgres, string connectionString, int warmup, int rounds, CancellationToken ct)
    {
        var results = BenchQueries().Select(q => new QueryTimes(q, [], [], 0, 0, "")).ToList();
        for (var round = 0; round < warmup + rounds; round++)
        {
            for (var i = 0; i < results.Count; i++)
            {
                var r = results[i];
                var watch = Stopwatch.StartNew();
                ListingSearchResponse response;
                using (var scope = services.CreateScope())
                {
                    var (query, errors) = r.Query.Request.ToQuery();
                    if (query is null) throw new InvalidOperationException($"{r.Query.Label}: {string.Join(", ", errors.ToDictionary().Keys)}");
                    response = await SearchListingsEndpoint.RunAsync(query, scope.ServiceProvider.GetRequiredService<IListingIndex>(),
                        scope.ServiceProvider.GetRequiredService<EnforcementDbContext>(), ct);
                }
                var app = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                long floorTotal;
                await using (var conn = Open(postgres, connectionString))
                {
                    await conn.OpenAsync(ct);
                    floorTotal = await QueryFloor.RunAsync(postgres, conn, r.Query, ct);
                }
                var floor = watch.Elapsed.TotalMilliseconds;
                if (round < warmup)
                {
                    results[i] = r with { AppTotal = response.Total, FloorTotal = floorTotal, TopRisk = string.Join(" ", response.Hits.Take(5).Select(h => h.Risk.Score)) };
                    continue;
                }
                r.App.Add(app);
                r.Floor.Add(floor);
            }
        }
        return results;
    }

    private static BenchQuery[] BenchQueries() => BenchQuery.All;

    private static DbConnection Open(bool postgres, string cs) => postgres ? new NpgsqlConnection(cs) : new SqliteConnection(cs);

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
