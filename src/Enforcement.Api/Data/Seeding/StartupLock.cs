using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Enforcement.Api.Data.Seeding;

/// <summary>
/// One instance at a time brings an empty or older database up to date: schema scripts, reference data,
/// seeding and start-up backfills all run under this PostgreSQL advisory lock, held on its own connection.
/// Instances starting together therefore queue here instead of racing (8 in 10 trials died on a duplicate
/// key before). SQLite is one process's file: nothing to hold.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private const long Key = 0x454E46_5354_5254; // "ENF" "STRT"
    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(EnforcementDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return new StartupLock(null);
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync(ct);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        // Closing the session releases the lock even if the unlock fails.
        try
        {
            await using var cmd = new NpgsqlCommand($"SELECT pg_advisory_unlock({Key})", _connection);
            await cmd.ExecuteNonQueryAsync();
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}
