using Enforcement.Api.Reports.Figures;

namespace Enforcement.Api.Tests.Reports;

/// <summary>A report's figures with numbers chosen to be recognisable in every output (1.234.567 and so on).</summary>
internal static class OutputsFigures
{
    public const string Explanation = "Từ đầu năm đến hết tháng 10 có 101 vụ hàng giả, hàng nhập lậu, giảm 12,2% so với cùng kỳ; dự báo cả năm 121 vụ, dưới mức 126 vụ.";
    public const string Ward = "Phường Thử Nghiệm";

    public static ReportFigures October2026(bool withTargetLine = true)
    {
        static Breakdown B(string key, string label, int n, long fines, long goods) => new(key, label, n, fines, goods);
        var trend = Enumerable.Range(0, 24).Select(i =>
        {
            var month = new DateOnly(2024, 11, 1).AddMonths(i);
            return new TrendPoint(month.ToString("yyyy-MM"), 20 + i % 5, 12 + i % 3, withTargetLine && month.Year == 2026 ? 10.5 : null);
        }).ToList();
        var violations = new ViolationFigures(37, 31, 29, 33, 1_234_567, 765_432, 98_765_432,
            [B("counterfeit", "Hàng giả", 13, 1_000_000, 50_000_000), B("smuggled", "Hàng nhập lậu", 8, 200_000, 40_000_000), B("other", "Khác", 16, 34_567, 8_765_432)],
            [B("99001", Ward, 37, 1_234_567, 98_765_432)],
            [B("online", "Trực tuyến", 20, 700_000, 60_000_000), B("offline", "Trực tiếp", 17, 534_567, 38_765_432)],
            [B("shopee", "Shopee", 20, 700_000, 60_000_000)],
            [B("doi-1", "Đội QLTT số 1", 37, 1_234_567, 98_765_432)]);
        var complaints = new ComplaintFigures(46, [new("web", "Cổng thông tin", 46)], [new("counterfeit", "Hàng giả", 46)],
            40, 36, 90.0, 4.5, 3, [new("out_of_scope", "Không thuộc thẩm quyền", 3)]);
        var handoffs = new HandoffFigures(new(7, 5, 2, 0, 0, 0, null, []), new(4, 4, 0, 3, 1, 0, 75.0, []), new(1, 1, 0, 0, 0, 1, null, []));
        return new ReportFigures("monthly", "2026-10", new(2026, 10, 1), new(2026, 10, 31), new DateTime(2026, 11, 3, 2, 0, 0, DateTimeKind.Utc),
            violations, complaints, handoffs,
            new PeriodComparison("2026-09", 41, 24, 2_000_000, 90_000_000, 50, -9.8, -12.5),
            new PeriodComparison("2025-10", 45, 26, 3_000_000, 80_000_000, 39, -17.8, -19.2),
            new TargetStatus("on_track", Explanation, 2026, 101, 115, 140, 126, 121, 10), trend,
            [new("99001", Ward, 37, 21, 1_234_567, 98_765_432, 46)]);
    }
}
