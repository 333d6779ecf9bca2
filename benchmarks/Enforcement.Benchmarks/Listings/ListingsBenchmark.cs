using System.Diagnostics;
using System.Globalization;
using Enforcement.Api.Listings.Demo;
using Npgsql;

namespace Enforcement.Benchmarks.Listings;

/// <summary>
/// Issue 9's benchmark: the seeded corpus ingested by the app (importer, then risk refresh and index rebuild) into
/// SQLite and PostgreSQL, and 20 searches through the endpoint's logic, each beside a floor from the same run:
/// <c>-- --listings [--count 1000000] [--postgres "..."] [--skip-sqlite] [--skip-postgres] [--rounds 20] [--ingest-only]</c>.
/// </summary>
internal static class ListingsBenchmark
{
    public static async Task RunAsync(string[] args, string? postgresAdmin)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var count = Arg("--count") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : 1_000_000;
        var rounds = Arg("--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 20;
        var ct = CancellationToken.None;

        var file = Path.Combine(Path.GetTempPath(), $"enf-bench-listings-{Guid.NewGuid():N}.ndjson");
        try
        {
            var watch = Stopwatch.StartNew();
            await using (var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                ListingCorpus.WriteNdjson(output, count, seed: 42);
            Console.WriteLine($"# Listing benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average at start {LoadAverage()}");
            Console.WriteLine();
            Console.WriteLine($"Corpus: {count:N0} listings, seed 42, {new FileInfo(file).Length / 1e6:F0} MB NDJSON, generated in {watch.Elapsed.TotalSeconds:F1} s.");
            Console.WriteLine();

            var ingest = new List<string>();
            var queries = new List<(string Backend, List<QueryTimes> Times)>();
            if (!args.Contains("--skip-sqlite"))
            {
                var db = Path.Combine(Path.GetTempPath(), $"enf-bench-listings-{Guid.NewGuid():N}.db");
                try { await RunBackendAsync("SQLite", "Sqlite", $"Data Source={db}", false); }
                finally { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f); }
            }
            if (!args.Contains("--skip-postgres"))
            {
                if (postgresAdmin is null) ingest.Add("| PostgreSQL | skipped: pass --postgres or set ENFORCEMENT_TEST_POSTGRES | | | | |");
                else
                {
                    var database = $"enf_bench_{Guid.NewGuid():N}";
                    await ExecAsync(postgresAdmin, $"CREATE DATABASE \"{database}\"");
                    try { await RunBackendAsync("PostgreSQL", "Postgres", new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = database, CommandTimeout = 0 }.ToString(), true); }
                    finally { NpgsqlConnection.ClearAllPools(); await ExecAsync(postgresAdmin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"); }
                }
            }
            ListingsReport.Print(count, ingest, queries, LoadAverage());

            async Task RunBackendAsync(string label, string provider, string cs, bool postgres)
            {
                Console.Error.WriteLine($"{label}: ingest ({LoadAverage()})");
                await using var app = new ListingsApp(provider, cs);
                var services = app.Start();
                var times = await AppIngest.RunAsync(app, services, file, ct);
                Console.Error.WriteLine($"{label}: floors ({LoadAverage()})");
                var (load, index) = postgres ? await PostgresFloor.RunAsync(cs, file, ct) : SqliteFloor.Run(file);
                ingest.AddRange(ListingsReport.IngestRows(label, count, times, load, index));
                if (args.Contains("--ingest-only")) return;
                Console.Error.WriteLine($"{label}: queries ({LoadAverage()})");
                var floorCs = postgres ? new NpgsqlConnectionStringBuilder(cs) { Options = "-c jit=off" }.ToString() : cs;
                queries.Add((label, await QueryBench.RunAsync(services, postgres, floorCs, warmup: 3, rounds, ct)));
            }
        }
        finally { File.Delete(file); }
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
