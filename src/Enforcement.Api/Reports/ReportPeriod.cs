using System.Globalization;

namespace Enforcement.Api.Reports;

/// <summary>A report's period: a month (<c>yyyy-MM</c>) or a year (<c>yyyy</c>), in the Vietnam calendar.</summary>
internal readonly record struct ReportPeriod(int Year, int? Month)
{
    public const string Monthly = "monthly";
    public const string Yearly = "yearly";

    public string Kind => Month is null ? Yearly : Monthly;

    /// <summary>First day, inclusive.</summary>
    public DateOnly From => new(Year, Month ?? 1, 1);

    /// <summary>Last day, inclusive.</summary>
    public DateOnly To => Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)) : new DateOnly(Year, 12, 31);

    public ReportPeriod Previous => Month is { } m ? (m == 1 ? new(Year - 1, 12) : new(Year, m - 1)) : new(Year - 1, null);
    public ReportPeriod SameLastYear => new(Year - 1, Month);

    public override string ToString() => Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    public static bool TryParseMonth(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) || d.Year < 2000) return false;
        period = new(d.Year, d.Month);
        return true;
    }

    public static bool TryParseYear(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is not { Length: 4 } || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 2000) return false;
        period = new(y, null);
        return true;
    }
}
