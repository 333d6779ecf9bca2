using Enforcement.Workflows.Calendar;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enforcement.Benchmarks.Workflows;

internal sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyWorkflowModel();
    protected override void ConfigureConventions(ModelConfigurationBuilder b) => b.Properties<DateTime>().HaveConversion<Utc>();
    private sealed class Utc() : ValueConverter<DateTime, DateTime>(v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The workflow runtime alone, on a throwaway PostgreSQL database, with a movable clock.</summary>
internal sealed class BenchClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}

internal static class BenchServices
{
    public const string Definitions = """
        [{"id":"wait","version":1,"start":"pause","steps":[{"id":"pause","type":"timer","duration":{"days":1},"to":"end"},{"id":"end","type":"end"}]},
         {"id":"two","version":1,"start":"first","steps":[
           {"id":"first","type":"task","assignee":{"agency":"QLTT","role":"inspector"},"outcomes":[{"name":"next","to":"second"}]},
           {"id":"second","type":"task","assignee":{"agency":"QLTT","role":"inspector"},"outcomes":[{"name":"done","to":"end"}]},
           {"id":"end","type":"end"}]}]
        """;

    public static ServiceProvider Build(string connectionString, BenchClock clock, string repoRoot)
    {
        var definitions = System.Text.Json.JsonSerializer.Deserialize<List<WorkflowDefinition>>(Definitions, DefinitionCatalog.Json)!;
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddDbContext<BenchDb>(o => o.UseNpgsql(connectionString));
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<BenchDb>());
        services.AddSingleton(new DefinitionCatalog(definitions));
        services.AddSingleton(WorkingCalendar.Load(Path.Combine(repoRoot, "workflows", "calendar"), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")));
        services.AddSingleton<TimeProvider>(clock);
        services.AddScoped<IWorkflowHooks, NoHooks>();
        services.AddScoped<WorkflowRuntime>();
        services.AddSingleton(Options.Create(new WorkflowOptions { BatchSize = 200, LeaseSeconds = 120 }));
        return services.BuildServiceProvider();
    }
}
