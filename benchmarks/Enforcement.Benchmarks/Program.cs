using System.Globalization;
using Enforcement.Benchmarks;
using Npgsql;

namespace Enforcement.Benchmarks;

/// <summary>The intake benchmark: the app against the floor, side by side in one process and one run.</summary>
internal static class IntakeBenchmark
{
    public static async Task Main(string[] args)
    {

        // dotnet run -c Release --project benchmarks/Enforcement.Benchmarks -- [--seconds 5] [--postgres "Host=...;Username=...;Password=..."] [--without-outbox]
        //     or: ... -- --workflows [--timers 10000] [--postgres "..."]
        var seconds = ArgValue("--seconds") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 5;
        var postgresAdmin = ArgValue("--postgres") ?? Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_POSTGRES");
        var round = TimeSpan.FromSeconds(seconds);
        if (Array.IndexOf(args, "--listings-corpus") is var corpusAt and >= 0)
        {
            // ... -- --listings-corpus 1000000 /tmp/listings.ndjson [--seed 42]
            Enforcement.Benchmarks.Corpus.CorpusCommand.Run(int.Parse(args[corpusAt + 1], CultureInfo.InvariantCulture), args[corpusAt + 2],
                ArgValue("--seed") is { } seed ? int.Parse(seed, CultureInfo.InvariantCulture) : 42);
            return;
        }
        if (args.Contains("--finding")) { await Enforcement.Benchmarks.Finding.FindingBenchmark.RunAsync(args, postgresAdmin); return; }
        if (args.Contains("--reports")) { await Enforcement.Benchmarks.Reports.ReportsBenchmark.RunAsync(args, postgresAdmin); return; }
        if (args.Contains("--listings")) { await Enforcement.Benchmarks.Listings.ListingsBenchmark.RunAsync(args, postgresAdmin); return; }
        if (args.Contains("--workflows"))
        {
            var root = new DirectoryInfo(Directory.GetCurrentDirectory());
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "Enforcement.sln"))) root = root.Parent;
            var timers = ArgValue("--timers") is { } t ? int.Parse(t, CultureInfo.InvariantCulture) : 10_000;
            await Enforcement.Benchmarks.Workflows.WorkflowBenchmark.RunAsync(
                postgresAdmin ?? throw new InvalidOperationException("The workflow benchmark needs PostgreSQL: pass --postgres or set ENFORCEMENT_TEST_POSTGRES."),
                root?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository."), timers, completions: 1000);
            return;
        }
        if (args.Contains("--capture"))
        {
            // ... -- --capture [--captures 10] [--pool-captures 8] [--chromium /usr/bin/chromium] [--phases]
            await Enforcement.Benchmarks.Capture.CaptureBenchmark.RunAsync(
                ArgValue("--captures") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10,
                ArgValue("--pool-captures") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 8,
                ArgValue("--chromium") ?? Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_CHROMIUM") ?? "/usr/bin/chromium",
                phases: args.Contains("--phases"));
            return;
        }
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

        Console.WriteLine($"# Intake benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {seconds}s rounds");
        Console.WriteLine();
        Console.WriteLine("| Database | Endpoint | Closed-loop req/s (median of 3, 16 clients) | Ratio to floor | Open loop 100 req/s: p50 ms | p99 ms | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|");

        await RunAsync("SQLite", "Sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"enf-bench-{Guid.NewGuid():N}.db")}", null);
        if (postgresAdmin is not null)
        {
            var database = $"enf_bench_{Guid.NewGuid():N}";
            await ExecAsync(postgresAdmin, $"CREATE DATABASE \"{database}\"");
            try { await RunAsync("PostgreSQL", "Postgres", new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = database }.ToString(), null); }
            finally { NpgsqlConnection.ClearAllPools(); await ExecAsync(postgresAdmin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"); }
        }
        else Console.WriteLine("| PostgreSQL | skipped: pass --postgres or set ENFORCEMENT_TEST_POSTGRES | | | | | |");

        async Task RunAsync(string label, string provider, string connectionString, object? _)
        {
            await using var app = new BenchApp(provider, connectionString, Path.Combine(Path.GetTempPath(), $"enf-bench-mail-{Guid.NewGuid():N}"), args.Contains("--without-outbox"));
            var baseUrl = app.Start();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(baseUrl) };
            var body = Complaint.Valid();
            const string appPath = "/api/complaints", floorPath = "/bench/floor";

            await Load.ClosedAsync(http, floorPath, body, 16, TimeSpan.FromSeconds(2)); // warm-up
            await Load.ClosedAsync(http, appPath, body, 16, TimeSpan.FromSeconds(2));
            var floorRuns = new List<LoadResult>();
            var appRuns = new List<LoadResult>();
            for (var i = 0; i < 3; i++)
            {
                await app.QuietAsync();
                floorRuns.Add(await Load.ClosedAsync(http, floorPath, body, 16, round));
                await app.QuietAsync();
                appRuns.Add(await Load.ClosedAsync(http, appPath, body, 16, round));
            }
            await app.QuietAsync();
            var floorOpen = await Load.OpenAsync(http, floorPath, body, 100, round * 2);
            await app.QuietAsync();
            var appOpen = await Load.OpenAsync(http, appPath, body, 100, round * 2);
            var floor = floorRuns.Select(r => r.Throughput).Order().ElementAt(1);
            var intake = appRuns.Select(r => r.Throughput).Order().ElementAt(1);
            Console.WriteLine($"| {label} | floor: same rows, bare SQL | {floor:F0} | 1.00 | {floorOpen.Percentile(50):F1} | {floorOpen.Percentile(99):F1} | {floorRuns.Sum(r => r.Errors) + floorOpen.Errors} |");
            Console.WriteLine($"| {label} | POST /api/complaints | {intake:F0} | {intake / floor:F2} | {appOpen.Percentile(50):F1} | {appOpen.Percentile(99):F1} | {appRuns.Sum(r => r.Errors) + appOpen.Errors} |");
        }

        static async Task ExecAsync(string connectionString, string sql)
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand(sql, conn);
            await cmd.ExecuteNonQueryAsync();
        }

        string? ArgValue(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    }
}
