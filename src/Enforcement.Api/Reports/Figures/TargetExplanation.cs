using System.Globalization;
using Enforcement.Api.Localization;

namespace Enforcement.Api.Reports.Figures;

/// <summary>The one sentence that says why the target is on or off track, numbers written the reader's way (1.234 in Vietnamese).</summary>
internal static class TargetExplanation
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Write(TargetStatus t, DateOnly end, bool hasBaseline)
    {
        var culture = Text.IsEnglish ? English : Vietnamese;
        string N(long n) => n.ToString("N0", culture);
        string P(double p) => p.ToString("0.#", culture);
        var to = end.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var lastYear = (t.Year - 1).ToString(CultureInfo.InvariantCulture);
        var year = t.Year.ToString(CultureInfo.InvariantCulture);

        if (!hasBaseline)
            return F("report.target.noBaseline", year, to, N(t.YearToDate), lastYear, P(t.ReductionGoalPercent),
                Text.Get("report.target.noBaseline." + t.Status));

        var comparison = t.SamePeriodLastYear == 0
            ? F("report.target.cmp.none", lastYear)
            : t.YearToDate == t.SamePeriodLastYear
                ? F("report.target.cmp.same", lastYear, N(t.SamePeriodLastYear))
                : F(t.YearToDate > t.SamePeriodLastYear ? "report.target.cmp.up" : "report.target.cmp.down",
                    P(Math.Round(Math.Abs(100.0 * (t.YearToDate - t.SamePeriodLastYear) / t.SamePeriodLastYear), 1, MidpointRounding.AwayFromZero)),
                    lastYear, N(t.SamePeriodLastYear));
        var projection = F(end == new DateOnly(t.Year, 12, 31) ? "report.target.actual" : "report.target.projected", N(t.ProjectedYear));
        var goal = F("report.target.goal." + t.Status, N(t.Goal), P(t.ReductionGoalPercent), N(t.LastYearTotal), lastYear);
        return F("report.target.sentence", year, to, N(t.YearToDate), comparison, projection, goal, Text.Get("report.target.verdict." + t.Status));

        static string F(string key, params object[] args) => string.Format(CultureInfo.InvariantCulture, Text.Get(key), args);
    }
}
