using Microsoft.Extensions.Options;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>
/// Polls for reports due for drafting (on the 1st: last month's; from 1 December: the year's). Every instance may run
/// it: <see cref="ReportDrafter"/> makes each draft, and its emails, exactly once through the database.
/// </summary>
internal sealed class ReportDraftWorker(
    IServiceScopeFactory scopes, IOptions<ReportSubmissionOptions> options, TimeProvider clock, ILogger<ReportDraftWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunWorker) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Drafting the due reports failed; will retry");
            }
            try { await Task.Delay(TimeSpan.FromMinutes(options.Value.PollMinutes), clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Drafts what is due today and was not drafted yet; returns the periods this call drafted.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var drafter = scope.ServiceProvider.GetRequiredService<ReportDrafter>();
        var drafted = new List<string>();
        foreach (var period in drafter.DueToday().ToList())
            if (await drafter.DraftAsync(period, ct)) drafted.Add($"{period.Kind}:{period}");
        return drafted;
    }
}
