using System.Globalization;
using Enforcement.Api.Cases.Deadlines;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Calendar;

namespace Enforcement.Api.Tests.Cases;

/// <summary>Deadlines as people say them, counted with the holidays of workflows/calendar.</summary>
public sealed class DeadlineTextTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Load(Path.Combine(WorkflowFolders.Repo(), "calendar"), VietnamTime.Zone);

    /// <summary>A period ends at the end of its last day, stored as the next day's 00:00 Vietnam time.</summary>
    private static DateTime EndOf(int y, int m, int d) => Calendar.EndOfDayUtc(new DateOnly(y, m, d));

    /// <summary>An instant given in Vietnam time.</summary>
    private static DateTime Vn(int y, int m, int d, int hour) => new DateTime(y, m, d, hour, 0, 0, DateTimeKind.Utc).AddHours(-7);

    private static string Say(DateTime due, DateTime now, string calendar, string culture = "vi-VN")
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try { return DeadlineText.Describe(due, now, calendar, Calendar); }
        finally { CultureInfo.CurrentUICulture = previous; }
    }

    [Fact]
    public void A_deadline_at_the_end_of_the_26th_is_said_as_the_26th_with_the_days_left()
    {
        var due = new DateTime(2026, 11, 26, 17, 0, 0, DateTimeKind.Utc); // 27/11 00:00 in Vietnam
        Assert.Equal(EndOf(2026, 11, 26), due);
        Assert.Equal(new DateOnly(2026, 11, 26), DeadlineText.DueDay(due));
        Assert.Equal("26/11/2026", DeadlineText.Short(due));
        Assert.Equal("Hạn: thứ Năm, 26/11/2026 (còn 3 ngày làm việc)", Say(due, Vn(2026, 11, 23, 9), "working"));
        Assert.Equal("Hạn: thứ Năm, 26/11/2026 (còn 3 ngày)", Say(due, Vn(2026, 11, 23, 9), "calendar"));
        Assert.Equal("Due: Thursday, 26/11/2026 (3 working days left)", Say(due, Vn(2026, 11, 23, 9), "working", "en-US"));
        Assert.Equal("Hạn: thứ Năm, 26/11/2026 (hết hạn hôm nay)", Say(due, Vn(2026, 11, 26, 23), "working"));
        Assert.Equal("Hạn: thứ Ba, 24/11/2026 15:30 (còn 1 ngày)", Say(new DateTime(2026, 11, 24, 8, 30, 0, DateTimeKind.Utc), Vn(2026, 11, 23, 9), "calendar"));
    }

    [Fact]
    public void Working_days_skip_the_weekend_and_tet_calendar_days_do_not()
    {
        // Friday to the end of Monday: the weekend is not counted.
        Assert.Equal("Hạn: thứ Hai, 30/11/2026 (còn 1 ngày làm việc)", Say(EndOf(2026, 11, 30), Vn(2026, 11, 27, 10), "working"));
        Assert.Equal("Hạn: thứ Hai, 30/11/2026 (còn 3 ngày)", Say(EndOf(2026, 11, 30), Vn(2026, 11, 27, 10), "calendar"));
        // Tết Đinh Mùi (workflows/calendar/vn-2027.json: 5/2 and 8–11/2 off): from Thursday 4/2, three working days end on 16/2.
        Assert.Equal(EndOf(2027, 2, 16), Calendar.DueAt(Vn(2027, 2, 4, 9), new() { Days = 3, Calendar = "working" }));
        Assert.Equal("Hạn: thứ Ba, 16/02/2027 (còn 3 ngày làm việc)", Say(EndOf(2027, 2, 16), Vn(2027, 2, 4, 9), "working"));
        Assert.Equal("Hạn: thứ Ba, 16/02/2027 (còn 12 ngày)", Say(EndOf(2027, 2, 16), Vn(2027, 2, 4, 9), "calendar"));
        Assert.Equal("Due: Tuesday, 16/02/2027 (1 working day left)", Say(EndOf(2027, 2, 16), Vn(2027, 2, 15, 9), "working", "en-US"));
    }

    [Fact]
    public void An_overdue_deadline_says_by_how_many_days()
    {
        var due = EndOf(2026, 11, 26);
        Assert.Equal("Hạn: thứ Năm, 26/11/2026 (quá hạn 2 ngày làm việc)", Say(due, Vn(2026, 11, 30, 9), "working"));
        Assert.Equal("Hạn: thứ Năm, 26/11/2026 (quá hạn 4 ngày)", Say(due, Vn(2026, 11, 30, 9), "calendar"));
        Assert.Equal("Due: Thursday, 26/11/2026 (1 day overdue)", Say(due, Vn(2026, 11, 27, 0), "calendar", "en-US"));
        Assert.Equal("Hạn: thứ Ba, 24/11/2026 15:30 (đã quá hạn)", Say(new DateTime(2026, 11, 24, 8, 30, 0, DateTimeKind.Utc), Vn(2026, 11, 24, 16), "calendar"));
    }
}
