using System.Diagnostics;
using System.Globalization;
using Enforcement.Api.Reports;
using Enforcement.Api.Reports.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Enforcement.Benchmarks.Reports;

/// <summary>
/// Issue 10's benchmark: a generated history of N cases over 36 months (the demo generator, seed 42) loaded into
/// SQLite and PostgreSQL, then last month's report through <see cref="IReportFigures"/> beside the one-query floor:
/// <c>-- --reports [--count 1000000] [--rounds 9] [--postgres "..."] [--skip-sqlite] [--skip-postgres] [--explain] [--keep-postgres]</c>.
/// </summary>
internal static class ReportsBenchmark
{
    public static async Task RunAsync(string[] args, string? postgresAdmin)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var count = Arg("--count") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : 1_000_000;
        var rounds = Arg("--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 9;
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(Enforcement.Api.Infrastructure.VietnamTime.ToLocal(now));
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1); // the last closed month, the one a leader reports on
        var ct = CancellationToken.None;

        Console.WriteLine($"# Monthly report benchmark, {now:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at start {Listings.ListingsBenchmark.LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine($"History: about {count:N0} cases over 36 months ending {today:yyyy-MM}, seed 42; report month {month:yyyy-MM}; {rounds} timed runs after 2 warm-ups.");
        Console.WriteLine();
        var loads = new List<string>();
        var timings = new List<string>();
        if (!args.Contains("--skip-sqlite"))
        {
            var file = Path.Combine(Path.GetTempPath(), $"enf-bench-reports-{Guid.NewGuid():N}.db");
            try { await RunBackendAsync("SQLite", "Sqlite", $"Data Source={file}", false); }
            finally { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f); }
        }
        if (!args.Contains("--skip-postgres"))
        {
            if (postgresAdmin is null) timings.Add("| PostgreSQL | skipped: pass --postgres or set ENFORCEMENT_TEST_POSTGRES | | | |");
            else
            {
                var database = $"enf_bench_{Guid.NewGuid():N}";
                await ExecAsync(postgresAdmin, $"CREATE DATABASE \"{database}\"");
                try { await RunBackendAsync("PostgreSQL", "Postgres", new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = database, CommandTimeout = 0 }.ToString(), true); }
                finally
                {
                    NpgsqlConnection.ClearAllPools();
                    if (args.Contains("--keep-postgres")) Console.Error.WriteLine($"Kept database {database}: drop it when done.");
                    else await ExecAsync(postgresAdmin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
                }
            }
        }
        Console.WriteLine("| Database | Cases | Violation records | Decisions | Collections | Handoffs | Resolutions | Load s |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        loads.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"| Database | Monthly report {month:yyyy-MM} | median ms | p95 ms | ratio to floor |");
        Console.WriteLine("|---|---|---|---|---|");
        timings.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"Load average at end {Listings.ListingsBenchmark.LoadAverage()}.");

        async Task RunBackendAsync(string label, string provider, string cs, bool postgres)
        {
            Console.Error.WriteLine($"{label}: load ({Listings.ListingsBenchmark.LoadAverage()})");
            await using var app = new ServicesApp(provider, cs);
            var services = app.Start();
            var wards = await WardsAsync(services, ct);
            var spec = new DemoHistorySpec(42, new DateOnly(today.Year, today.Month, 1).AddMonths(-35), 36, now, 1, "82", wards, "PA");
            spec = spec with { ComplaintsPerMonth = count / DemoHistoryGenerator.ExpectedComplaints(spec) };
            var watch = Stopwatch.StartNew();
            var history = DemoHistoryGenerator.Generate(spec);
            var rows = postgres ? await HistoryLoad.PostgresAsync(cs, history, ct) : await HistoryLoad.SqliteAsync(cs, history, ct);
            loads.Add($"| {label} | {rows["Complaints"]:N0} | {rows["ViolationRecords"]:N0} | {rows["PenaltyDecisions"]:N0} | {rows["FineCollections"]:N0} | {rows["Handoffs"]:N0} | {rows["ComplaintResolutions"]:N0} | {watch.Elapsed.TotalSeconds:F0} |");

            Console.Error.WriteLine($"{label}: queries ({Listings.ListingsBenchmark.LoadAverage()})");
            if (args.Contains("--explain")) Console.Error.WriteLine(await ReportFloor.ExplainAsync(postgres, cs, month, ct));
            var floor = await TimeAsync(rounds, () => ReportFloor.RunAsync(postgres, cs, month, ct));
            timings.Add($"| {label} | floor: one hand-written SQL query (ADO.NET) | {floor.Median:F0} | {floor.P95:F0} | 1.00 |");
            var period = new ReportPeriod(month.Year, month.Month);
            if (services.GetService<IReportFigures>() is null)
            {
                timings.Add($"| {label} | IReportFigures.BuildAsync: not registered in this build | | | |");
                return;
            }
            var product = await TimeAsync(rounds, async () =>
            {
                using var scope = services.CreateScope();
                return await scope.ServiceProvider.GetRequiredService<IReportFigures>().BuildAsync(period, ct);
            });
            timings.Add($"| {label} | IReportFigures.BuildAsync (the JSON's figures) | {product.Median:F0} | {product.P95:F0} | {product.Median / floor.Median:F1} |");
            await ReportCheck.CompareAsync(label, services, period, await ReportFloor.RunAsync(postgres, cs, month, ct), ct);
        }
    }

    private static async Task<List<string>> WardsAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>();
        return await db.Wards.Where(w => w.ProvinceCode == "82").OrderBy(w => w.Code).Select(w => w.Code).ToListAsync(ct);
    }

    /// <summary>Two warm-ups, then <paramref name="rounds"/> timed runs: median and p95 (nearest rank) in ms.</summary>
    private static async Task<(double Median, double P95)> TimeAsync<T>(int rounds, Func<Task<T>> run)
    {
        for (var i = 0; i < 2; i++) await run();
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.95 * times.Count) - 1)]);
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
