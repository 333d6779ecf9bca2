using Enforcement.Workflows.Calendar;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Workflows.Tests;

public sealed class CalendarTests
{
    private readonly Enforcement.Workflows.Calendar.WorkingCalendar _calendar = Harness.LoadCalendar();

    [Fact]
    public void Holiday_data_covers_2025_to_2030_with_Tet_and_the_Hung_Kings_day()
    {
        Assert.Equal([2025, 2026, 2027, 2028, 2029, 2030], _calendar.Years.Order());
        // Mùng 1 Tết and Giỗ Tổ Hùng Vương (10/3 âm lịch) each year.
        foreach (var day in new[] { "2025-01-29", "2026-02-17", "2028-01-26", "2029-02-13", "2025-04-07", "2027-04-16", "2028-04-04", "2029-04-23", "2030-04-12" })
            Assert.False(_calendar.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), day);
    }

    [Fact]
    public void Seven_working_days_from_the_Friday_before_Tet_2026_end_on_3_March()
    {
        // Tết Bính Ngọ: 16–20/02/2026 are holidays, 14–15 and 21–22 weekends.
        Assert.Equal(new DateOnly(2026, 3, 3), _calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 7));
        var due = _calendar.DueAt(new DateTime(2026, 2, 13, 2, 0, 0, DateTimeKind.Utc), new DurationDefinition { Days = 7, Calendar = Calendars.Working });
        Assert.Equal("04/03/2026 00:00", _calendar.FormatLocal(due)); // the end of 3 March, Vietnam time
    }

    [Fact]
    public void Calendar_days_run_through_holidays_and_end_at_local_midnight()
    {
        var due = _calendar.DueAt(new DateTime(2026, 2, 13, 20, 0, 0, DateTimeKind.Utc), new DurationDefinition { Days = 7 });
        // 20:00 UTC on 13/02 is already 14/02 in Vietnam: seven days later is the end of 21/02.
        Assert.Equal("22/02/2026 00:00", _calendar.FormatLocal(due));
    }

    [Fact]
    public void A_swapped_saturday_is_a_working_day_and_a_compensatory_monday_is_not()
    {
        Assert.True(_calendar.IsWorkingDay(new DateOnly(2025, 2, 8)));   // làm bù for 27/01/2025
        Assert.False(_calendar.IsWorkingDay(new DateOnly(2026, 4, 27))); // nghỉ bù: Giỗ Tổ fell on a Sunday
        Assert.Equal(new DateOnly(2026, 4, 29), _calendar.AddWorkingDays(new DateOnly(2026, 4, 24), 2));
    }

    [Fact]
    public void A_year_without_holiday_data_falls_back_to_weekends_and_fixed_date_holidays_and_warns_once()
    {
        var log = new ListLogger();
        var calendar = new WorkingCalendar(WorkingCalendar.LoadYears(Harness.RepoPath("workflows", "calendar")), Harness.Vietnam, log);

        Assert.False(calendar.Covers(2031));
        Assert.True(calendar.Covers(2030));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 1, 1)));  // New Year's Day, a Wednesday
        Assert.True(calendar.IsWorkingDay(new DateOnly(2031, 1, 2)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 1, 4)));  // Saturday
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 4, 30)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 5, 1)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2031, 9, 2)));
        // A deadline that runs into the uncovered year is still set: 3 working days from Tue 30/12/2030.
        Assert.Equal(new DateOnly(2031, 1, 3), calendar.AddWorkingDays(new DateOnly(2030, 12, 30), 3));

        var warning = Assert.Single(log.Warnings);
        Assert.Contains("vn-2031.json", warning, StringComparison.Ordinal);
    }
}

/// <summary>Keeps what was logged at warning level.</summary>
internal sealed class ListLogger : Microsoft.Extensions.Logging.ILogger
{
    public List<string> Warnings { get; } = [];
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

    public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel == Microsoft.Extensions.Logging.LogLevel.Warning) lock (Warnings) Warnings.Add(formatter(state, exception));
    }
}
