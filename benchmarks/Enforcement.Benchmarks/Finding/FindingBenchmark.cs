using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using AutoMapper;
using Enforcement.Api.Cases.Detail;
using Enforcement.Api.Cases.Queue;
using Enforcement.Api.Complaints.Staff;
using Enforcement.Api.Data;
using Enforcement.Api.Identity;
using Enforcement.Api.Reference;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Enforcement.Benchmarks.Finding;

/// <summary>
/// Issue 11's benchmark: <c>-- --finding [--count 1000000] [--rounds 30] [--skip-sqlite] [--skip-postgres] [--explain]</c>.
/// Loads <see cref="FindingData"/>, then times each page as the app builds it (the endpoints' query methods, through the
/// app's services) beside its floor, and prints p95s and ratios as a Markdown table.
/// </summary>
internal static class FindingBenchmark
{
    public static async Task RunAsync(string[] args, string? postgresAdmin)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var count = Arg("--count") is { } c ? int.Parse(c, CultureInfo.InvariantCulture) : 1_000_000;
        var rounds = Arg("--rounds") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 30;
        var ct = CancellationToken.None;
        var results = new List<string>();
        Console.WriteLine($"# Finding-work benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {count:N0} complaints, {count / 10:N0} open tasks, seed 42, {rounds} timed runs after 2 warm-ups");
        if (!args.Contains("--skip-sqlite"))
        {
            var file = Path.Combine(Path.GetTempPath(), $"enf-bench-finding-{Guid.NewGuid():N}.db");
            try { await RunBackendAsync("SQLite", "Sqlite", $"Data Source={file}", false); }
            finally { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f); }
        }
        if (!args.Contains("--skip-postgres") && postgresAdmin is not null)
        {
            var database = $"enf_bench_{Guid.NewGuid():N}";
            await ExecAsync(postgresAdmin, $"CREATE DATABASE \"{database}\"");
            try { await RunBackendAsync("PostgreSQL", "Postgres", new NpgsqlConnectionStringBuilder(postgresAdmin) { Database = database, CommandTimeout = 0 }.ToString(), true); }
            finally { NpgsqlConnection.ClearAllPools(); await ExecAsync(postgresAdmin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)"); }
        }
        Console.WriteLine();
        Console.WriteLine("| Database | Page | rows | app p95 ms | floor p95 ms | ratio | app median ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        results.ForEach(Console.WriteLine);

        async Task RunBackendAsync(string label, string provider, string cs, bool postgres)
        {
            await using var app = new ServicesApp(provider, cs);
            var services = app.Start();
            var (wards, police) = await ReferenceAsync(services, ct);
            var watch = Stopwatch.StartNew();
            var rows = FindingData.Generate(count, wards, police, DateTime.UtcNow);
            if (postgres) await FindingData.PostgresAsync(cs, rows, ct); else await FindingData.SqliteAsync(cs, rows, ct);
            Console.WriteLine($"{label}: loaded in {watch.Elapsed.TotalSeconds:F0} s");

            var teamLead = Principal("teamlead", Roles.TeamLead, "QLTT-D1");
            var inspector = Principal("inspector", Roles.Inspector, "QLTT-D1");
            var someCase = FindingData.Code(count / 2 - count / 2 % 10); // one with an open task
            var business = FindingData.Business(1234);
            var phone = FindingData.PhoneOf(count / 3);
            var folded = string.Join(' ', Enforcement.Search.Folding.VietnameseFolding.Words(business));
            var pages = new (string Name, Func<IServiceProvider, Task<int>> App, string Floor)[]
            {
                ("Work queue: mine (inspector)", s => Queue(s, inspector, "mine"), FindingFloor.Queue("""AND t."AssignedUser" = 'inspector'""")),
                ("Work queue: team (team lead)", s => Queue(s, teamLead, "team"), FindingFloor.Queue("""AND (t."Team" = 'QLTT-D1' OR t."AssignedUser" IN ('inspector', 'teamlead'))""")),
                ("Work queue: agency (team lead)", s => Queue(s, teamLead, "agency"), FindingFloor.Queue("")),
                ("Complaint list: category + status, newest", s => List(s, inspector, new("counterfeit", null, "in_review", null, null, 1, 20)), FindingFloor.List("""c."Category" = 'counterfeit' AND c."Status" = 'in_review'""")),
                ("Complaint list: sort=deadline", s => List(s, inspector, new(null, null, null, null, null, 1, 20, Sort: "deadline")), FindingFloor.Deadline()),
                ($"Search: business \"{business}\"", s => List(s, inspector, new(null, null, null, null, null, 1, 20, Q: business)), FindingFloor.Search(postgres, folded)),
                ("Search: phone", s => List(s, inspector, new(null, null, null, null, null, 1, 20, Q: phone)), FindingFloor.Search(postgres, phone)),
                ("Search: \"nuoc mam gia\" (broad: 1 in 6)", s => List(s, inspector, new(null, null, null, null, null, 1, 20, Q: "nước mắm giả")), FindingFloor.Search(postgres, "nuoc mam gia")),
                ("Case page", s => Case(s, inspector, someCase), FindingFloor.Case(someCase)),
            };
            foreach (var (name, run, floorSql) in pages)
            {
                if (args.Contains("--explain")) Console.Error.WriteLine($"{label} {name}:\n{await FindingFloor.ExplainAsync(postgres, cs, floorSql, ct)}");
                var floor = await TimeAsync(rounds, () => FindingFloor.RunAsync(postgres, cs, floorSql, ct));
                var product = await TimeAsync(rounds, async () => { using var scope = services.CreateScope(); return await run(scope.ServiceProvider); });
                results.Add($"| {label} | {name} | {product.Rows} | {product.P95:F1} | {floor.P95:F1} | {product.P95 / floor.P95:F1} | {product.Median:F1} |");
                Console.Error.WriteLine(results[^1]);
            }
        }
    }

    private static async Task<int> Queue(IServiceProvider s, ClaimsPrincipal user, string queue) =>
        (await ListTasksEndpoint.QueryAsync(new TaskQueueFilter(queue, null, null, null, null, null, 1, 50), user, s.GetRequiredService<EnforcementDbContext>(),
            s.GetRequiredService<DefinitionCatalog>(), s.GetRequiredService<AdministrativeUnitsCache>(), TimeProvider.System, CancellationToken.None)).Page!.Items.Count;

    private static async Task<int> List(IServiceProvider s, ClaimsPrincipal user, ComplaintFilter filter) =>
        (await ListComplaintsEndpoint.QueryAsync(filter, user, s.GetRequiredService<EnforcementDbContext>(), s.GetRequiredService<IMapper>(),
            s.GetRequiredService<AdministrativeUnitsCache>(), CancellationToken.None)).Page!.Items.Count;

    private static async Task<int> Case(IServiceProvider s, ClaimsPrincipal user, string code) =>
        (await GetCaseEndpoint.FindAsync(code, user, s.GetRequiredService<EnforcementDbContext>(), s.GetRequiredService<IMapper>(), s.GetRequiredService<DefinitionCatalog>(),
            s.GetRequiredService<FieldOptions>(), s.GetRequiredService<Enforcement.Workflows.Calendar.WorkingCalendar>(), TimeProvider.System, CancellationToken.None))!.OpenTasks.Count;

    private static ClaimsPrincipal Principal(string userName, string role, string team) => new(new ClaimsIdentity(
    [
        new(ClaimTypes.NameIdentifier, "1"), new(ClaimTypes.Name, userName), new(ClaimTypes.Role, role), new(StaffClaims.AgencyId, "1"),
        new(StaffClaims.AgencyKind, AgencyKinds.Qltt), new(StaffClaims.AgencyCode, "QLTT"), new(StaffClaims.TeamCode, team),
    ], "bench", ClaimTypes.Name, ClaimTypes.Role));

    private static async Task<(List<string> Wards, int Police)> ReferenceAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var wards = await db.Wards.Where(w => w.ProvinceCode == "82").OrderBy(w => w.Code).Select(w => w.Code).ToListAsync(ct);
        return (wards, await db.Agencies.Where(a => a.Code == "CA").Select(a => a.Id).FirstAsync(ct));
    }

    private static async Task<(double Median, double P95, int Rows)> TimeAsync(int rounds, Func<Task<int>> run)
    {
        var rows = 0;
        for (var i = 0; i < 2; i++) rows = await run();
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.95 * times.Count) - 1)], rows);
    }

    private static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
