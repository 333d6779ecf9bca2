using Enforcement.Api.Data.Schema;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Data;

/// <summary>The database this instance runs on, for modules that open their own connections (the search index).</summary>
internal sealed record ResolvedDatabase(string Provider, string ConnectionString);

internal static class DataModule
{
    public static IServiceCollection AddEnforcementData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment env)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, configuration, env);

        // Pooled: a complaint submission is short, and creating a context per request showed in the intake benchmark.
        var writeGate = new SqliteWriteGate();
        services.AddDbContextPool<EnforcementDbContext>(db =>
        {
            if (options.IsPostgres) db.UseNpgsql(connectionString).AddInterceptors(new Complaints.Finding.ComplaintSearchInterceptor());
            else db.UseSqlite(connectionString).AddInterceptors([new SqliteBusyTimeout(), new Complaints.Finding.ComplaintSearchInterceptor(), .. writeGate.Interceptors]);
        });
        services.AddSingleton(new ResolvedDatabase(options.Provider, connectionString));
        services.AddScoped<SchemaMigrator>();
        // SELECT 1 on a pooled connection: the default check opens an unpooled one on PostgreSQL (a new backend
        // per probe, slow under load) and on SQLite only looks for the file.
        services.AddHealthChecks().AddDbContextCheck<EnforcementDbContext>("database",
            customTestQuery: async (db, ct) => (await db.Database.SqlQuery<int>($"SELECT 1 AS \"Value\"").ToListAsync(ct)).Count == 1);

        // Keys live in the database so every instance can read every cookie, token and protected record.
        services.AddDataProtection().SetApplicationName("Enforcement");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, DatabaseKeyRingSetup>();
        return services;
    }

    private static string ResolveConnectionString(DatabaseOptions options, IConfiguration configuration, IHostEnvironment env)
    {
        var configured = options.ConnectionString ?? configuration.GetConnectionString("Enforcement");
        if (options.IsPostgres)
        {
            return configured ?? throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions),
                ["Database:ConnectionString is required when Database:Provider is Postgres."]);
        }
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=data/enforcement.db");
        if (!Path.IsPathRooted(builder.DataSource) && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.Combine(env.ContentRootPath, builder.DataSource);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
