using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Reports.Figures;

/// <summary>A period typed in a URL: well formed, from 2000, and not after the current month or year (Vietnam time).</summary>
internal static class ReportPeriodInput
{
    public static (ReportPeriod Period, FieldErrors Errors) Month(string text, TimeProvider clock)
    {
        var errors = new FieldErrors();
        if (!ReportPeriod.TryParseMonth(text, out var period) || period.From > VietnamTime.Today(clock)) errors.Add("month", Text.Get("report.error.month"));
        return (period, errors);
    }

    public static (ReportPeriod Period, FieldErrors Errors) Year(string text, TimeProvider clock)
    {
        var errors = new FieldErrors();
        if (!ReportPeriod.TryParseYear(text, out var period) || period.From > VietnamTime.Today(clock)) errors.Add("year", Text.Get("report.error.year"));
        return (period, errors);
    }
}
