using Npgsql;

namespace Enforcement.Search.Tests.Postgres;

/// <summary>A fresh database on the real PostgreSQL server, dropped afterwards.</summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _database = $"enf_test_{Guid.NewGuid():N}";

    public ThrowawayPostgres()
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

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ToString();

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
