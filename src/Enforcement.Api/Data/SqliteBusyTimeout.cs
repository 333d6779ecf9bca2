using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enforcement.Api.Data;

/// <summary>
/// Lets SQLite itself wait for a writer to finish (it retries within milliseconds), instead of
/// Microsoft.Data.Sqlite's managed retry, which sleeps 150 ms at a time and showed as 300 ms spikes
/// in the intake benchmark's p99.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragma;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragma;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
