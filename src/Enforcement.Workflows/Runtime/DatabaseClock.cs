using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Enforcement.Workflows.Runtime;

/// <summary>
/// SQL for the database's own clock. Leases expire by it, so app servers whose clocks disagree never
/// take each other's work early; due times stay on the injected clock.
/// </summary>
public static class DatabaseClock
{
    public static bool IsPostgres(this DatabaseFacade database) => database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>The database's current UTC time, comparable with stored instants.</summary>
    public static string NowSql(DatabaseFacade database) =>
        database.IsPostgres() ? "now()" : "strftime('%Y-%m-%d %H:%M:%f', 'now')";

    /// <summary>The database's current time plus a number of seconds given by a SQL parameter placeholder such as "{1}".</summary>
    public static string NowPlusSecondsSql(DatabaseFacade database, string secondsPlaceholder) =>
        database.IsPostgres()
            ? $"(now() + make_interval(secs => {secondsPlaceholder}))"
            : $"strftime('%Y-%m-%d %H:%M:%f', 'now', '+' || {secondsPlaceholder} || ' seconds')";

    /// <summary>"{first},{first+1},…" placeholders for an IN list of <paramref name="count"/> values.</summary>
    public static string Placeholders(int first, int count) => string.Join(",", Enumerable.Range(first, count).Select(i => $"{{{i}}}"));
}
