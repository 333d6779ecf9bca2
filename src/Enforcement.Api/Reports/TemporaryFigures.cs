using Enforcement.Api.Reports.Figures;

namespace Enforcement.Api.Reports;

/// <summary>
/// TEMPORARY, branch reports-outputs only: a fixed example so the report pages and files can be built before the
/// real figure queries exist. The lead deletes this file (and its AddTemporaryReportFigures call) at merge.
/// </summary>
internal sealed class TemporaryFigures(TimeProvider clock) : IReportFigures
{
    public Task<ReportFigures> BuildAsync(ReportPeriod period, CancellationToken ct) => Task.FromResult(Example(period, clock.GetUtcNow().UtcDateTime));

    public static ReportFigures Example(ReportPeriod period, DateTime generatedAt)
    {
        var end = period.Month ?? 12;
        var trend = Enumerable.Range(0, 24).Select(i =>
        {
            var m = new DateOnly(period.Year, end, 1).AddMonths(i - 23);
            var targeted = 30 - i / 3 + (i * 7 % 5);
            return new TrendPoint($"{m:yyyy-MM}", targeted + 12 + i % 4, targeted, m.Year == period.Year ? 27.0 : null);
        }).ToList();
        Breakdown B(string key, string label, int n, long fines, long goods) => new(key, label, n, fines, goods);
        var violations = new ViolationFigures(42, 38, 35, 40, 1_234_567_000, 987_654_000, 5_432_100_000,
            [B("counterfeit", "Hàng giả", 18, 540_000_000, 2_100_000_000), B("smuggled", "Hàng nhập lậu", 9, 310_000_000, 1_900_000_000),
             B("ip", "Xâm phạm quyền SHTT", 6, 180_000_000, 800_000_000), B("unknown_origin", "Không rõ nguồn gốc", 5, 120_000_000, 400_000_000),
             B("banned", "Hàng cấm", 2, 60_000_000, 200_000_000), B("other", "Khác", 2, 24_567_000, 32_100_000)],
            [B("29500", "Phường Mỹ Tho", 15, 500_000_000, 2_000_000_000), B("29899", "Xã Cái Bè", 11, 300_000_000, 1_500_000_000)],
            [B("online", "Trực tuyến", 17, 600_000_000, 2_400_000_000), B("offline", "Trực tiếp", 25, 634_567_000, 3_032_100_000)],
            [B("shopee", "Shopee", 9, 300_000_000, 1_200_000_000), B("facebook", "Facebook", 8, 300_000_000, 1_200_000_000)],
            [B("doi-1", "Đội QLTT số 1", 22, 700_000_000, 3_000_000_000), B("doi-2", "Đội QLTT số 2", 20, 534_567_000, 2_432_100_000)]);
        var complaints = new ComplaintFigures(57, [new("web", "Cổng thông tin", 40), new("hotline", "Đường dây nóng", 17)],
            [new("counterfeit", "Hàng giả", 30), new("price", "Giá cả", 27)], 50, 46, 92.0, 6.5, 4, [new("out_of_scope", "Không thuộc thẩm quyền", 4)]);
        HandoffCounts H(int sent, int ok, int back, int won, int lost, int open, double? rate) => new(sent, ok, back, won, lost, open, rate, []);
        var handoffs = new HandoffFigures(H(5, 4, 1, 0, 0, 1, null), H(6, 6, 0, 4, 1, 1, 80.0), H(2, 2, 0, 0, 0, 2, null));
        var target = new TargetStatus("on_track",
            "Từ đầu năm đến hết kỳ có 225 vụ hàng giả, hàng nhập lậu, giảm 13,5% so với cùng kỳ năm trước (260 vụ); dự báo cả năm 270 vụ, không vượt mức 280 vụ (giảm 10% so với 311 vụ năm trước).",
            period.Year, 225, 260, 311, 280, 270, 10);
        return new ReportFigures(period.Kind, period.ToString(), period.From, period.To, generatedAt, violations, complaints, handoffs,
            new PeriodComparison(period.Previous.ToString(), 45, 29, 1_100_000_000, 5_000_000_000, 60, -6.7, -6.9),
            new PeriodComparison(period.SameLastYear.ToString(), 50, 33, 1_300_000_000, 6_000_000_000, 52, -16.0, -18.2),
            target, trend, [new("29500", "Phường Mỹ Tho", 15, 10, 500_000_000, 2_000_000_000, 20), new("29899", "Xã Cái Bè", 11, 8, 300_000_000, 1_500_000_000, 12)]);
    }
}

internal static class TemporaryFiguresModule
{
    /// <summary>TEMPORARY: registers the example figures unless the real IReportFigures is registered.</summary>
    public static IServiceCollection AddTemporaryReportFigures(this IServiceCollection services)
    {
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddScoped<IReportFigures, TemporaryFigures>(services);
        return services;
    }
}
