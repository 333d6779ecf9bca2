using System.Text.Json.Nodes;
using Enforcement.Workflows.Calendar;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Enforcement.Workflows.Tests;

public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}

internal sealed class TestDb(DbContextOptions<TestDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowModel();

    protected override void ConfigureConventions(ModelConfigurationBuilder b) =>
        b.Properties<DateTime>().HaveConversion<UtcConverter>();

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The runtime on a real database (a SQLite file, or a throwaway PostgreSQL database), with a hand-moved clock.</summary>
internal sealed class Harness : IAsyncDisposable
{
    public static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private readonly string? _pgDatabase;
    private readonly string? _pgAdmin;
    private readonly string? _sqliteFile;

    public ManualClock Clock { get; }
    public ServiceProvider Services { get; }
    public DefinitionCatalog Catalog { get; }
    public WorkingCalendar Calendar => Services.GetRequiredService<WorkingCalendar>();

    /// <summary>What the runtime asked of the application's hooks, in order.</summary>
    public IReadOnlyCollection<string> HookEvents => Services.GetRequiredService<RecordingHooks.Log>().Events;

    private Harness(bool postgres, DefinitionCatalog catalog, DateTimeOffset start)
    {
        Clock = new ManualClock(start);
        Catalog = catalog;
        string connection;
        if (postgres)
        {
            _pgAdmin = Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_POSTGRES")
                ?? throw new InvalidOperationException("ENFORCEMENT_TEST_POSTGRES is not set: PostgreSQL tests need a real server. Run scripts/test.sh.");
            _pgDatabase = $"wf_test_{Guid.NewGuid():N}";
            using (var conn = new NpgsqlConnection(_pgAdmin))
            {
                conn.Open();
                using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_pgDatabase}\"", conn);
                cmd.ExecuteNonQuery();
            }
            connection = new NpgsqlConnectionStringBuilder(_pgAdmin) { Database = _pgDatabase, MaxPoolSize = 50 }.ToString();
        }
        else
        {
            _sqliteFile = Path.Combine(Path.GetTempPath(), $"wf-{Guid.NewGuid():N}.db");
            connection = $"Data Source={_sqliteFile};Default Timeout=30";
        }
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<SaveCounter>();
        services.AddDbContext<TestDb>((sp, o) =>
        {
            if (postgres) o.UseNpgsql(connection); else o.UseSqlite(connection);
            o.AddInterceptors(sp.GetRequiredService<SaveCounter>());
        });
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<TestDb>());
        services.AddSingleton(catalog);
        services.AddSingleton(LoadCalendar());
        services.AddSingleton<TimeProvider>(Clock);
        services.AddScoped<IWorkflowHooks, RecordingHooks>();
        services.AddSingleton<RecordingHooks.Log>();
        services.AddSingleton(TestOptionSources.Options);
        services.AddScoped<WorkflowRuntime>();
        services.AddSingleton(Options.Create(new WorkflowOptions { BatchSize = 200, LeaseSeconds = 60 }));
        services.AddTransient<TimerScheduler>();
        Services = services.BuildServiceProvider();
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDb>();
        db.Database.EnsureCreated();
        if (!postgres) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    public static Harness Create(bool postgres = false, DefinitionCatalog? catalog = null, DateTimeOffset? start = null) =>
        new(postgres, catalog ?? DefinitionCatalog.Load(RepoPath("workflows")), start ?? new DateTimeOffset(2026, 2, 13, 2, 0, 0, TimeSpan.Zero));

    public static WorkingCalendar LoadCalendar() => WorkingCalendar.Load(RepoPath("workflows", "calendar"), Vietnam);

    public static string RepoPath(params string[] parts) => Path.Combine([RepoRoot(), .. parts]);

    /// <summary>Found from this source file, so it works wherever the build output goes.</summary>
    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    public async Task<T> WithRuntimeAsync<T>(Func<WorkflowRuntime, TestDb, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<WorkflowRuntime>(), scope.ServiceProvider.GetRequiredService<TestDb>());
    }

    public Task<WorkflowInstance> StartAsync(string definition, JsonObject? vars = null) =>
        WithRuntimeAsync((rt, _) => rt.StartAsync(definition, $"PA-2026-{Random.Shared.Next(999999):000000}", vars ?? [], WorkflowActor.System, CancellationToken.None));

    public Task<WorkflowTask> OpenTaskAsync(long instanceId) =>
        WithRuntimeAsync((_, db) => db.Set<WorkflowTask>().AsNoTracking().SingleAsync(t => t.InstanceId == instanceId && t.Status == TaskStatuses.Open));

    public Task<WorkflowResult> CompleteAsync(long taskId, string outcome, WorkflowActor actor, Dictionary<string, string?>? form = null, string? comment = null) =>
        WithRuntimeAsync((rt, _) => rt.CompleteTaskAsync(taskId, outcome, form ?? [], comment, actor, null, CancellationToken.None));

    public Task<List<WorkflowJournalEntry>> JournalAsync(long instanceId) =>
        WithRuntimeAsync((_, db) => db.Set<WorkflowJournalEntry>().AsNoTracking().Where(j => j.InstanceId == instanceId).OrderBy(j => j.Id).ToListAsync());

    public Task<WorkflowInstance> InstanceAsync(long id) =>
        WithRuntimeAsync((_, db) => db.Set<WorkflowInstance>().AsNoTracking().SingleAsync(i => i.Id == id));

    public async Task<int> RunTimersAsync()
    {
        var scheduler = Services.GetRequiredService<TimerScheduler>();
        var total = 0;
        for (int fired; (fired = await scheduler.RunOnceAsync(CancellationToken.None)) > 0;) total += fired;
        return total;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_sqliteFile is not null) { Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); File.Delete(_sqliteFile); }
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(_pgAdmin);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgDatabase}\" WITH (FORCE)", conn);
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>Counts SaveChanges calls, to hold the runtime to one save per action.</summary>
internal sealed class SaveCounter : Microsoft.EntityFrameworkCore.Diagnostics.SaveChangesInterceptor
{
    private int _count;
    public int Count => _count;
    public void Reset() => _count = 0;

    public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> SavingChangesAsync(
        Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>Hooks that only remember what the runtime asked for.</summary>
internal sealed class RecordingHooks(RecordingHooks.Log log) : IWorkflowHooks
{
    internal sealed class Log
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Events { get; } = new();

        /// <summary>Errors the next record checks return (e.g. a fine out of range).</summary>
        public Dictionary<string, string[]> RecordErrors { get; } = [];
    }

    public Task OnStepEnteredAsync(WorkflowContext context, StepDefinition step, CancellationToken ct) => Task.CompletedTask;

    public Task<IReadOnlyDictionary<string, string[]>> CheckRecordAsync(WorkflowContext context, StepDefinition step, string record, JsonObject values, CancellationToken ct)
    {
        log.Events.Enqueue($"check:{record}:{values.ToJsonString()}");
        return Task.FromResult<IReadOnlyDictionary<string, string[]>>(new Dictionary<string, string[]>(log.RecordErrors));
    }

    public Task OnRecordAsync(WorkflowContext context, StepDefinition step, string record, JsonObject values, CancellationToken ct)
    {
        // The case variables are already set when the record is written.
        log.Events.Enqueue($"record:{record}:{step.Id}:{values.ToJsonString()}:{context.Instance.Variables.Length > 2}");
        return Task.CompletedTask;
    }

    public Task OnHandoffAsync(WorkflowContext context, StepDefinition step, string agency, CancellationToken ct)
    {
        log.Events.Enqueue($"handoff:{agency}");
        return Task.CompletedTask;
    }

    public Task OnNotifyAsync(WorkflowContext context, StepDefinition step, string template, string? recipient, CancellationToken ct)
    {
        log.Events.Enqueue($"notify:{template}:{recipient}");
        return Task.CompletedTask;
    }
}

/// <summary>Option sources as an application would register them, for the shipped processes' optionsFrom fields.</summary>
internal static class TestOptionSources
{
    private sealed class Source(string name, params string[] values) : IFieldOptionSource
    {
        public string Name => name;
        public IReadOnlyList<FieldOption> Options { get; } = values.Select(v => new FieldOption(v, new Dictionary<string, string> { ["vi"] = "Nhãn " + v })).ToList();
    }

    public static readonly FieldOptions Options = new(
    [
        new Source("violations", "nd98-d11-k1", "nd98-d11-k2"),
        new Source("goods_categories", "counterfeit", "smuggled"),
        new Source("offender_types", "individual", "organisation"),
        new Source("platforms", "shopee", "other"),
    ]);
}
