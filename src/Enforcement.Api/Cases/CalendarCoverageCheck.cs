using Enforcement.Workflows.Calendar;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Enforcement.Api.Cases;

/// <summary>
/// Working-day deadlines need each year's public holidays (workflows/calendar/vn-YYYY.json). Without a
/// file the calendar falls back to weekends and fixed-date holidays; from 1 October /health says next
/// year's file is missing, so it is added before the first deadline runs into it.
/// </summary>
internal sealed class CalendarCoverageCheck(WorkingCalendar calendar, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var today = calendar.LocalDate(clock.GetUtcNow().UtcDateTime);
        if (!calendar.Covers(today.Year))
            return Task.FromResult(HealthCheckResult.Degraded($"No public holiday data for {today.Year}: deadlines skip weekends and fixed-date holidays only. Add workflows/calendar/vn-{today.Year}.json."));
        if (today.Month >= 10 && !calendar.Covers(today.Year + 1))
            return Task.FromResult(HealthCheckResult.Degraded($"No public holiday data for {today.Year + 1} yet: add workflows/calendar/vn-{today.Year + 1}.json before 1 January."));
        return Task.FromResult(HealthCheckResult.Healthy($"Public holidays known for {today.Year}{(calendar.Covers(today.Year + 1) ? $" and {today.Year + 1}" : "")}."));
    }
}
