using System.Globalization;
using System.Text.Json.Nodes;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Calendar;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Api.Cases.Deadlines;

/// <summary>
/// A deadline as people say it: "Hạn: thứ Năm, 26/11/2026 (còn 3 ngày làm việc)". Periods end at the end of their last day
/// (stored as the next day's 00:00 Vietnam time), so such a deadline is shown on its last day, without a time (decision 0031).
/// </summary>
internal static class DeadlineText
{
    private static readonly string[] VietnameseDays = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

    /// <summary>The last day of the period: a deadline at local midnight is the end of the day before.</summary>
    public static DateOnly DueDay(DateTime dueUtc)
    {
        var local = VietnamTime.ToLocal(dueUtc);
        var day = DateOnly.FromDateTime(local);
        return local.TimeOfDay == TimeSpan.Zero ? day.AddDays(-1) : day;
    }

    /// <summary>The day, with the time only when the deadline is not the end of a day (dd/MM/yyyy or dd/MM/yyyy HH:mm).</summary>
    public static string Short(DateTime dueUtc)
    {
        var local = VietnamTime.ToLocal(dueUtc);
        return local.TimeOfDay == TimeSpan.Zero
            ? DueDay(dueUtc).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : local.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>The whole sentence, counting the days left or late in the step's calendar (working or calendar days).</summary>
    public static string Describe(DateTime dueUtc, DateTime nowUtc, string calendarKind, WorkingCalendar calendar)
    {
        var day = DueDay(dueUtc);
        var today = DateOnly.FromDateTime(VietnamTime.ToLocal(nowUtc));
        var working = calendarKind == Calendars.Working;
        var weekday = Text.IsEnglish ? day.DayOfWeek.ToString() : VietnameseDays[(int)day.DayOfWeek];
        var when = $"{weekday}, {Short(dueUtc)}";
        string state;
        if (nowUtc >= dueUtc)
        {
            var late = Count(day, today, working, calendar);
            state = late == 0 ? Text.Pick("đã quá hạn", "overdue") : Text.Pick($"quá hạn {late} {Unit(working, late)}", $"{late} {Unit(working, late)} overdue");
        }
        else if (day <= today) state = Text.Pick("hết hạn hôm nay", "due today");
        else
        {
            var left = Count(today, day, working, calendar);
            state = Text.Pick($"còn {left} {Unit(working, left)}", $"{left} {Unit(working, left)} left");
        }
        return Text.Pick($"Hạn: {when} ({state})", $"Due: {when} ({state})");
    }

    /// <summary>The calendar the task's period is counted in: the flagged duration's when its flag is set (e.g. a complex case).</summary>
    public static string CalendarOf(DeadlineDefinition deadline, JsonObject variables) =>
        deadline.Flag is { } flag && deadline.IfFlagDuration is { } alt && variables[flag]?.GetValueKind() == System.Text.Json.JsonValueKind.True
            ? alt.Calendar : deadline.Duration.Calendar;

    /// <summary>Days after <paramref name="from"/> up to and including <paramref name="to"/>; working days skip weekends and holidays.</summary>
    private static int Count(DateOnly from, DateOnly to, bool working, WorkingCalendar calendar)
    {
        if (!working) return Math.Max(0, to.DayNumber - from.DayNumber);
        var n = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1)) if (calendar.IsWorkingDay(d)) n++;
        return n;
    }

    private static string Unit(bool working, int n) => Text.IsEnglish
        ? (working ? "working day" : "day") + (n == 1 ? "" : "s")
        : working ? "ngày làm việc" : "ngày";
}
