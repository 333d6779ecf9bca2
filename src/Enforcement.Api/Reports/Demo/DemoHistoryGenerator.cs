using Enforcement.Api.Complaints;
using Enforcement.Api.Infrastructure;

namespace Enforcement.Api.Reports.Demo;

/// <summary>
/// A believable enforcement history, month by month, the same for the same spec (seeded <see cref="Random"/>):
/// counterfeit and smuggling complaints fall about 11 % a year while e-commerce ones grow, trade peaks in the
/// weeks before Tết, and the online share of violations grows. Streams cases in submission order, so a million
/// can be written without holding them.
/// </summary>
internal static class DemoHistoryGenerator
{
    /// <summary>Complaint categories: share of the monthly volume and the year-on-year factor.</summary>
    private static readonly (string Category, double Share, double Trend)[] Mix =
    [
        (ComplaintCategories.Counterfeit, 0.26, 0.88), (ComplaintCategories.Smuggled, 0.17, 0.89),
        (ComplaintCategories.UnknownOrigin, 0.12, 0.97), (ComplaintCategories.IpInfringement, 0.07, 1.02),
        (ComplaintCategories.FoodSafety, 0.09, 1.03), (ComplaintCategories.PriceFraud, 0.06, 1.00),
        (ComplaintCategories.EcommerceFraud, 0.09, 1.10), (ComplaintCategories.ConsumerDispute, 0.12, 1.04),
        (ComplaintCategories.Other, 0.02, 1.00),
    ];

    /// <summary>The last days stay with the live demo: a complaint this recent would still be in triage.</summary>
    public static readonly TimeSpan QuietTail = TimeSpan.FromDays(3);

    public static IEnumerable<HistoryCase> Generate(DemoHistorySpec spec)
    {
        var random = new Random(spec.Seed);
        var story = new CaseStory(random, spec);
        var last = spec.NowUtc - QuietTail;
        for (var m = 0; m < spec.Months; m++)
        {
            var month = spec.FirstMonth.AddMonths(m);
            var days = DateTime.DaysInMonth(month.Year, month.Month);
            var season = Season(month);
            var onlineShare = 0.35 + 0.25 * m / Math.Max(1, spec.Months - 1);
            var submissions = new List<(DateTime At, string Category)>();
            foreach (var (category, share, trend) in Mix)
            {
                var expected = spec.ComplaintsPerMonth * share * Math.Pow(trend, m / 12.0) * season * (0.92 + 0.16 * random.NextDouble());
                var n = (int)Math.Floor(expected + random.NextDouble());
                for (var i = 0; i < n; i++)
                {
                    // Local office-and-evening hours, then to UTC.
                    var local = month.ToDateTime(TimeOnly.MinValue).AddDays(random.Next(days)).AddMinutes(random.Next(7 * 60, 22 * 60));
                    submissions.Add((DateTime.SpecifyKind(local - VietnamTime.Zone.BaseUtcOffset, DateTimeKind.Utc), category));
                }
            }
            foreach (var (at, category) in submissions.OrderBy(s => s.At))
            {
                if (at > last) continue;
                yield return story.Tell(at, category, onlineShare);
            }
        }
    }

    /// <summary>About how many complaints <see cref="Generate"/> makes for this spec (before the quiet tail).</summary>
    public static double ExpectedComplaints(DemoHistorySpec spec) =>
        Enumerable.Range(0, spec.Months).Sum(m => spec.ComplaintsPerMonth * Season(spec.FirstMonth.AddMonths(m)) * Mix.Sum(x => x.Share * Math.Pow(x.Trend, m / 12.0)));

    /// <summary>More complaints in the four weeks before Tết, fewer in the fortnight after.</summary>
    internal static double Season(DateOnly month)
    {
        var first = month;
        var end = month.AddMonths(1);
        double Overlap(DateOnly from, DateOnly to)
        {
            var a = from > first ? from : first;
            var b = to < end ? to : end;
            return b > a ? (b.DayNumber - a.DayNumber) / (double)(end.DayNumber - first.DayNumber) : 0;
        }
        var factor = 1.0;
        foreach (var tet in new[] { DemoHistoryCatalog.Tet(month.Year), DemoHistoryCatalog.Tet(month.Year + 1) })
        {
            factor += 0.7 * Overlap(tet.AddDays(-28), tet);
            factor -= 0.35 * Overlap(tet, tet.AddDays(14));
        }
        return factor;
    }
}
