using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Enforcement.Api.Reports.Submissions;

/// <summary>Section "Reports:Submission": when reports are due, who is reminded, and the drafting job.</summary>
internal sealed class ReportSubmissionOptions
{
    public const string Section = "Reports:Submission";

    /// <summary>A monthly report is due by the end of this day of the next month (Vietnam time).</summary>
    [Range(1, 28)] public int MonthlyDueDay { get; set; } = 5;

    /// <summary>The yearly report is due by the end of this day (MM-dd) of the same year: before the year ends.</summary>
    [Required, RegularExpression(@"^\d{2}-\d{2}$")] public string YearlyDueDate { get; set; } = "12-15";

    /// <summary>The yearly report is drafted, and may be submitted, from this day (MM-dd) on, because it is due before the year ends.</summary>
    [Required, RegularExpression(@"^\d{2}-\d{2}$")] public string YearlyOpensDate { get; set; } = "12-01";

    /// <summary>Who is emailed the draft: staff user names or role codes, comma-separated.</summary>
    [Required, MinLength(1)] public string Responsible { get; set; } = "supervisor";

    /// <summary>Off on an instance that should serve requests only (and in tests, which run the job by hand).</summary>
    public bool RunWorker { get; set; } = true;

    [Range(1, 1_440)] public int PollMinutes { get; set; } = 15;

    public IReadOnlyList<string> ResponsibleList =>
        [.. Responsible.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The dates parse for every year (29 February does not) and the yearly window opens before it closes.</summary>
    public bool DatesAreValid() =>
        TryDay(YearlyDueDate, 2001, out var due) && TryDay(YearlyOpensDate, 2001, out var opens) && opens <= due && ResponsibleList.Count > 0;

    public static bool TryDay(string monthDay, int year, out DateOnly day) =>
        DateOnly.TryParseExact($"{year:D4}-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
