using System.Globalization;

namespace Enforcement.Api.Reports;

/// <summary>A report's period: a month (<c>yyyy-MM</c>) or a year (<c>yyyy</c>), in the Vietnam calendar.</summary>
internal readonly record struct ReportPeriod(int Year, int? Month)
{
    public const string Monthly = "monthly";
    public const string Yearly = "yearly";

    /// <summary>Periods from 2000; due dates run into the next year, so keep far from DateOnly's end.</summary>
    public const int MinYear = 2000, MaxYear = 9000;

    public string Kind => Month is null ? Yearly : Monthly;

    /// <summary>First day, inclusive.</summary>
    public DateOnly From => new(Year, Month ?? 1, 1);

    /// <summary>Last day, inclusive.</summary>
    public DateOnly To => Month is { } m ? new DateOnly(Year, m, DateTime.DaysInMonth(Year, m)) : new DateOnly(Year, 12, 31);

    public ReportPeriod Previous => Month is { } m ? (m == 1 ? new(Year - 1, 12) : new(Year, m - 1)) : new(Year - 1, null);
    public ReportPeriod SameLastYear => new(Year - 1, Month);

    public override string ToString() => Month is { } m ? $"{Year:D4}-{m:D2}" : $"{Year:D4}";

    /// <summary>Route values: <c>monthly</c> with <c>yyyy-MM</c>, or <c>yearly</c> with <c>yyyy</c>.</summary>
    public static bool TryParse(string kind, string? text, out ReportPeriod period)
    {
        period = default;
        return kind switch
        {
            Monthly => TryParseMonth(text, out period),
            Yearly => TryParseYear(text, out period),
            _ => false,
        };
    }

    public static bool TryParseMonth(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || d.Year is < MinYear or > MaxYear) return false;
        period = new(d.Year, d.Month);
        return true;
    }

    public static bool TryParseYear(string? text, out ReportPeriod period)
    {
        period = default;
        if (text is not { Length: 4 } || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < MinYear or > MaxYear) return false;
        period = new(y, null);
        return true;
    }
}
