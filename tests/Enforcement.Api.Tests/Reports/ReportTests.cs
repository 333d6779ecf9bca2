using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Reports;

/// <summary>Report figures against the hand-worked history of <see cref="ReportHistory"/>, on both databases.</summary>
public abstract partial class ReportTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, IReportApp
{
    private async Task<JsonElement> ReportAsync(string path, string user = "analyst")
    {
        await app.HistoryAsync();
        var client = await app.StaffClientAsync(user);
        var response = await client.GetAsync("/api/staff/reports/" + path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    [Fact]
    public async Task October_2026_violations_count_by_legal_date_and_break_down_by_every_dimension()
    {
        var r = await ReportAsync("monthly/2026-10");
        Assert.Equal(("monthly", "2026-10", "2026-10-01", "2026-10-31"), (r.Str("kind"), r.Str("period"), r.Str("from"), r.Str("to")));
        Assert.Equal(ReportHistory.Now.UtcDateTime, r.GetProperty("generatedAt").GetDateTime().ToUniversalTime());

        var v = r.GetProperty("violations");
        Assert.Equal(10, v.Int("records"));              // R1–R10
        Assert.Equal(2, v.Int("casesOpened"));           // A (10-01 00:30 VN), B; not C (09-30 23:59 VN) nor D (11-01 00:30 VN)
        Assert.Equal(2, v.Int("casesClosed"));           // A, C (10-31 23:00 VN); not B (11-01 00:30 VN)
        Assert.Equal(5, v.Int("penaltyDecisions"));      // D1–D5
        Assert.Equal(59_000_000, v.Long("finesImposedVnd"));   // 10 + 8 + 20 + 15 + 6 million
        Assert.Equal(14_000_000, v.Long("finesCollectedVnd")); // S1 4 (10-01) + D1 10 (10-12) million; D2's 8 is paid 11-02
        Assert.Equal(39_000_000, v.Long("goodsValueVnd"));     // 5 + 3 + 2 + 10 + 4 + 6 + 1.5 + 0.5 + 7 + 0 million
        Assert.Equal([
            "counterfeit|Hàng giả|3|24000000|10000000",                  // R1–R3; D1 10 + D2 8 + D5 6 (September record); 5 + 3 + 2
            "smuggled|Hàng nhập lậu|3|20000000|20000000",                // R4–R6; D3 20; 10 + 4 + 6
            "ip|Xâm phạm quyền sở hữu trí tuệ|1|0|1500000",
            "unknown_origin|Hàng không rõ nguồn gốc, xuất xứ|1|0|500000",
            "banned|Hàng cấm|1|15000000|7000000",                        // R9; D4 15
            "other|Khác|1|0|0",
        ], v.GetProperty("byCategory").Breakdown());
        Assert.Equal([
            "28249|Phường Đạo Thạnh|4|16000000|13500000",                // R1 R2 R5 R7; D1 10 + D5 6; 5 + 3 + 4 + 1.5
            "00004|Phường Ba Đình|3|43000000|19000000",                  // R3 R4 R9; 8 + 20 + 15; 2 + 10 + 7
            "28201|Xã Phước Vĩnh Tây|2|0|6500000",                       // R6 R8; 6 + 0.5
            "|Không rõ|1|0|0",                                            // R10 has no ward
        ], v.GetProperty("byWard").Breakdown());
        Assert.Equal([
            "offline|Trực tiếp|6|49000000|25500000",                     // R3 R4 R6 R8 R9 R10; 8 + 20 + 15 + 6; 2 + 10 + 6 + 0.5 + 7
            "online|Trực tuyến (thương mại điện tử)|4|10000000|13500000",
        ], v.GetProperty("byChannel").Breakdown());
        Assert.Equal(["shopee|Shopee|2|10000000|8000000", "lazada|Lazada|1|0|4000000", "tiktok_shop|TikTok Shop|1|0|1500000"],
            v.GetProperty("byPlatform").Breakdown());
        Assert.Equal([
            "QLTT-TMDT|Đội Quản lý thị trường thương mại điện tử|4|10000000|13500000",
            "QLTT-D1|Đội Quản lý thị trường số 1|3|34000000|18000000",   // R3 R4 R6; 8 + 20 + 6 (D5's September record); 2 + 10 + 6
            "QLTT-D2|Đội Quản lý thị trường số 2|2|15000000|7500000",
            "|Không rõ|1|0|0",
        ], v.GetProperty("byTeam").Breakdown());
    }

    [Fact]
    public async Task October_2026_complaints_handoffs_and_comparisons()
    {
        var r = await ReportAsync("monthly/2026-10");
        var c = r.GetProperty("complaints");
        Assert.Equal(5, c.Int("received"));               // 10-01 00:00 VN … 10-31 23:59 VN; not 11-01 00:30 VN
        Assert.Equal(["web|3", "api|2"], c.GetProperty("byChannel").Counts());
        Assert.Equal(["counterfeit|2", "consumer_dispute|1", "food_safety|1", "smuggled|1"], c.GetProperty("byCategory").Counts());
        Assert.Equal("Tranh chấp tiêu dùng", c.GetProperty("byCategory")[1].Str("label"));
        Assert.Equal((4, 3, 3), (c.Int("resolved"), c.Int("resolvedOnTime"), c.Int("rejected")));
        Assert.Equal(75.0, c.GetProperty("resolvedOnTimePercent").GetDouble());   // 3 / 4
        Assert.Equal(10.0, c.GetProperty("medianDaysToResolution").GetDouble());  // days 5, 8, 12, 30 → (8 + 12) / 2
        Assert.Equal(["Không thuộc thẩm quyền|2", "Thiếu thông tin để xác minh|1"], c.GetProperty("rejectionReasons").Counts());

        var h = r.GetProperty("handoffs");
        // sent accepted returned succeeded failed pending rate
        Assert.Equal("3 2 1 0 0 1 null", h.GetProperty("police").Handoffs());          // accepted: one sent in September, answered 10-01
        Assert.Equal("4 0 0 2 1 0 66.7", h.GetProperty("association").Handoffs());     // 2 / (2 + 1); one failure is answered 11-01 VN
        Assert.Equal("2 1 0 0 0 1 null", h.GetProperty("otherAgencies").Handoffs());   // customs' handoff is 11-01 VN
        Assert.Equal(["Khởi tố vụ án|2", "Không đủ dấu hiệu tội phạm|1"], h.GetProperty("police").GetProperty("outcomes").Counts());
        Assert.Equal(["Hòa giải thành|2", "Hòa giải không thành|1"], h.GetProperty("association").GetProperty("outcomes").Counts());

        // period records targeted fines goods complaints Δrecords% Δtargeted%
        Assert.Equal("2026-09 4 3 4000000 4000000 1 150 100", r.GetProperty("previousPeriod").Comparison());          // (10-4)/4, (6-3)/3
        Assert.Equal("2025-10 7 5 9000000 7000000 2 42.9 20", r.GetProperty("samePeriodLastYear").Comparison());      // (10-7)/7, (6-5)/5
        Assert.Equal([
            "28249|Phường Đạo Thạnh|4|3|16000000|13500000|2",
            "00004|Phường Ba Đình|3|2|43000000|19000000|2",
            "28201|Xã Phước Vĩnh Tây|2|1|0|6500000|1",
        ], r.GetProperty("byWard").Wards());
    }

    [Fact]
    public async Task October_2026_is_off_track_by_the_seasonal_projection_and_the_trend_shows_24_months()
    {
        var r = await ReportAsync("monthly/2026-10");
        var t = r.GetProperty("target");
        Assert.Equal("off_track", t.Str("status"));
        // YTD 2 + 3 + 3 + 6 = 14; same span of 2025: 2 + 2 + 3 + 5 = 12; 2025: 12 + 3 + 5 = 20; goal floor(20 × 0.9) = 18;
        // projection 14 × 20 / 12 = 23.3 → 23 > 18.
        Assert.Equal((2026, 14, 12, 20, 18, 23, 10.0),
            (t.Int("year"), t.Int("yearToDate"), t.Int("samePeriodLastYear"), t.Int("lastYearTotal"), t.Int("goal"), t.Int("projectedYear"), t.GetProperty("reductionGoalPercent").GetDouble()));
        Assert.Equal("Lũy kế từ 01/01/2026 đến 31/10/2026 có 14 vụ vi phạm về hàng giả, hàng nhập lậu, tăng 16,7 % so với cùng kỳ năm 2025 (12 vụ); " +
            "dự báo cả năm 23 vụ, vượt mục tiêu tối đa 18 vụ (giảm 10 % so với 20 vụ năm 2025), nên không đạt tiến độ mục tiêu.", t.Str("explanation"));
        // 2024 and 2025 have no baseline year before them; 2026's line is 18 / 12 = 1.5 a month.
        Assert.Equal([
            "2024-11 0/0/null", "2024-12 0/0/null", "2025-01 2/2/null", "2025-02 0/0/null", "2025-03 2/2/null", "2025-04 0/0/null",
            "2025-05 0/0/null", "2025-06 3/3/null", "2025-07 0/0/null", "2025-08 0/0/null", "2025-09 1/0/null", "2025-10 7/5/null",
            "2025-11 3/3/null", "2025-12 5/5/null", "2026-01 2/2/1.5", "2026-02 0/0/1.5", "2026-03 0/0/1.5", "2026-04 3/3/1.5",
            "2026-05 0/0/1.5", "2026-06 0/0/1.5", "2026-07 0/0/1.5", "2026-08 0/0/1.5", "2026-09 4/3/1.5", "2026-10 10/6/1.5",
        ], r.GetProperty("trend").Trend());
    }
}

public sealed class ReportTests_Sqlite(ReportSqliteApp app) : ReportTests<ReportSqliteApp>(app);

public sealed class ReportTests_Postgres(ReportPostgresApp app) : ReportTests<ReportPostgresApp>(app);
