using Enforcement.Api.Infrastructure;

namespace Enforcement.Api.Reports.Figures;

/// <summary>
/// A span of Vietnam calendar days and the UTC instants it covers. Legal dates (records, decisions, collections)
/// compare with <see cref="From"/>/<see cref="To"/>; instants (submissions, openings, answers) with
/// <see cref="StartUtc"/> (inclusive) and <see cref="EndUtc"/> (exclusive), so 2026-10-31T17:30Z falls in November.
/// </summary>
internal readonly record struct ReportWindow(DateOnly From, DateOnly To)
{
    public DateTime StartUtc => VietnamTime.StartOfDayUtc(From);
    public DateTime EndUtc => VietnamTime.StartOfDayUtc(To.AddDays(1));

    public static ReportWindow Of(ReportPeriod period) => new(period.From, period.To);
}
