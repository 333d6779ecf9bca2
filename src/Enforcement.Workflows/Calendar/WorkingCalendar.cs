using System.Globalization;
using System.Text.Json;
using System.Collections.Concurrent;
using Enforcement.Workflows.Definitions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enforcement.Workflows.Calendar;

/// <summary>One year of public holidays as data (workflows/calendar/vn-YYYY.json).</summary>
public sealed class HolidayYear
{
    public int Year { get; init; }
    public string? Source { get; init; }
    public List<Holiday> Holidays { get; init; } = [];

    /// <summary>Saturdays or Sundays worked in exchange for a bridge day off.</summary>
    public List<Holiday> WorkingWeekendDays { get; init; } = [];
}

public sealed class Holiday
{
    public DateOnly Date { get; init; }
    public string Name { get; init; } = "";
}

/// <summary>
/// Counts calendar and working days the way the law counts them: a period of N days starts the day
/// after the event and ends at the end of its last day, local time. Working days skip weekends and
/// public holidays. A year without holiday data falls back to weekends and the fixed-date holidays,
/// with a warning, so deadlines keep being set; the lunar holidays of that year are then missing.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>Holidays on the same date every year (Labour Code 2019, Art. 112); Tết and the Hùng Kings' day follow the lunar calendar.</summary>
    public static readonly IReadOnlyList<(int Month, int Day, string Name)> FixedHolidays =
        [(1, 1, "Tết Dương lịch"), (4, 30, "Ngày Chiến thắng"), (5, 1, "Ngày Quốc tế Lao động"), (9, 2, "Quốc khánh")];

    private readonly Dictionary<int, HolidayYear> _years;
    private readonly TimeZoneInfo _zone;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<int, HolidayYear> _fallbacks = new();

    public WorkingCalendar(IEnumerable<HolidayYear> years, TimeZoneInfo zone, ILogger? logger = null)
    {
        _years = years.ToDictionary(y => y.Year);
        _zone = zone;
        _logger = logger ?? NullLogger.Instance;
    }

    public IReadOnlyCollection<int> Years => _years.Keys;

    /// <summary>Whether the year's holidays come from a file (not the fixed-date fallback).</summary>
    public bool Covers(int year) => _years.ContainsKey(year);

    /// <summary>The local calendar day of an instant.</summary>
    public DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone));

    public static WorkingCalendar Load(string folder, TimeZoneInfo zone, ILogger? logger = null) => new(LoadYears(folder), zone, logger);

    public static IReadOnlyList<HolidayYear> LoadYears(string folder)
    {
        var years = new List<HolidayYear>();
        foreach (var file in Directory.GetFiles(folder, "vn-*.json").Order(StringComparer.Ordinal))
        {
            var year = JsonSerializer.Deserialize<HolidayYear>(File.ReadAllText(file), DefinitionCatalog.Json)
                ?? throw new InvalidWorkflowDefinitionException($"{Path.GetFileName(file)}: empty holiday file");
            var wrong = year.Holidays.Concat(year.WorkingWeekendDays).FirstOrDefault(h => h.Date.Year != year.Year);
            if (wrong is not null) throw new InvalidWorkflowDefinitionException($"{Path.GetFileName(file)}: {wrong.Date:yyyy-MM-dd} is not in {year.Year}");
            years.Add(year);
        }
        return years;
    }

    public bool IsWorkingDay(DateOnly day)
    {
        var year = _years.TryGetValue(day.Year, out var y) ? y : _fallbacks.GetOrAdd(day.Year, Fallback);
        if (year.WorkingWeekendDays.Any(h => h.Date == day)) return true;
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) return false;
        return !year.Holidays.Any(h => h.Date == day);
    }

    public string? HolidayName(DateOnly day) => _years.TryGetValue(day.Year, out var y) ? y.Holidays.FirstOrDefault(h => h.Date == day)?.Name : null;

    private HolidayYear Fallback(int year)
    {
        _logger.LogWarning("No public holiday data for {Year}: counting weekends and fixed-date holidays only (Tết and other lunar holidays are missing). Add workflows/calendar/vn-{Year}.json.", year, year);
        return new HolidayYear
        {
            Year = year, Source = "fallback: fixed-date holidays",
            Holidays = FixedHolidays.Select(h => new Holiday { Date = new DateOnly(year, h.Month, h.Day), Name = h.Name }).ToList(),
        };
    }

    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>When a period that starts at <paramref name="startUtc"/> ends, as a UTC instant.</summary>
    public DateTime DueAt(DateTime startUtc, DurationDefinition duration)
    {
        if (duration.Days == 0) return startUtc.AddHours(duration.Hours);
        var localStart = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(startUtc, DateTimeKind.Utc), _zone));
        var lastDay = duration.Calendar == Calendars.Working ? AddWorkingDays(localStart, duration.Days) : localStart.AddDays(duration.Days);
        return EndOfDayUtc(lastDay).AddHours(duration.Hours);
    }

    public DateTime EndOfDayUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), _zone);

    public string FormatLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
