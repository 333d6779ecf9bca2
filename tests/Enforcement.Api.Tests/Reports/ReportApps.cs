using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Reports;

/// <summary>Apps whose clock reads 10 January 2027, 10:00 in Vietnam: 2026 is a finished year, 2027-02 is in the future.</summary>
public interface IReportApp
{
    ManualClock Clock { get; }

    /// <summary>The two-year history of <see cref="ReportHistory"/>, written once per app.</summary>
    Task HistoryAsync();
}

public sealed class ReportSqliteApp : SqliteApp, IReportApp
{
    private readonly Lazy<Task> _history;
    public ReportSqliteApp() => _history = new(() => ReportHistory.WriteAsync(this));
    public ManualClock Clock { get; } = new(ReportHistory.Now);
    protected override TimeProvider TestClock => Clock;
    public Task HistoryAsync() => _history.Value;
}

public sealed class ReportPostgresApp : PostgresApp, IReportApp
{
    private readonly Lazy<Task> _history;
    public ReportPostgresApp() => _history = new(() => ReportHistory.WriteAsync(this));
    public ManualClock Clock { get; } = new(ReportHistory.Now);
    protected override TimeProvider TestClock => Clock;
    public Task HistoryAsync() => _history.Value;
}
