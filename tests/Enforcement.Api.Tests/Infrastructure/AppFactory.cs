using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>The real app on a throwaway database of one provider.</summary>
public abstract class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _mailFolder = Path.Combine(Path.GetTempPath(), "enf-mail-" + Guid.NewGuid().ToString("N"));

    internal string MailFolder => _mailFolder;
    protected abstract string Provider { get; }
    protected abstract string ConnectionString { get; }
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Seed:DemoData", "true");
        builder.UseSetting("Email:Folder", _mailFolder);
        builder.UseSetting("Email:PollMilliseconds", "600000");
        builder.UseSetting("RateLimiting:SubmitPermits", "100000");
        builder.UseSetting("RateLimiting:ReadPermits", "100000");
        builder.UseSetting("RateLimiting:LoginPermits", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in ExtraSettings) builder.UseSetting(key, value);
    }
}

public class SqliteApp : AppFactory
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"enf-{Guid.NewGuid():N}.db");
    protected override string Provider => "Sqlite";
    protected override string ConnectionString => $"Data Source={_file}";
}

public class PostgresApp : AppFactory
{
    private readonly string _database = $"enf_test_{Guid.NewGuid():N}";
    private readonly string _admin;

    public PostgresApp()
    {
        _admin = Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("ENFORCEMENT_TEST_POSTGRES is not set: PostgreSQL tests need a real server. Run scripts/test.sh.");
        try
        {
            using var conn = new NpgsqlConnection(_admin);
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", conn);
            cmd.ExecuteNonQuery();
        }
        catch (NpgsqlException ex)
        {
            throw new InvalidOperationException($"PostgreSQL not reachable at '{_admin}': {ex.Message}. Run scripts/test.sh.", ex);
        }
    }

    protected override string Provider => "Postgres";
    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ToString();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
        GC.SuppressFinalize(this);
    }
}
