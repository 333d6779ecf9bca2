namespace Enforcement.Api.Tests.Reports;

public abstract partial class ReportTests<TApp>
{
    [Fact]
    public async Task The_year_2026_adds_up_every_month_and_is_on_track_by_its_actual_count()
    {
        var r = await ReportAsync("yearly/2026", "supervisor");
        Assert.Equal(("yearly", "2026", "2026-01-01", "2026-12-31"), (r.Str("kind"), r.Str("period"), r.Str("from"), r.Str("to")));
        var v = r.GetProperty("violations");
        // Records: 2 (Jan) + 3 (Apr) + 4 (Sep) + 10 (Oct) + 1 (Nov) + 1 (Dec); cases opened: 01-01 00:00 VN, A, B, C, D;
        // closed: A, B, C; decisions S1, D1–D5, N1: 4 + 59 + 12 million; collected 4 + 10 + 8 million; goods 11 × 1 + 39 million.
        Assert.Equal((21, 5, 3, 7), (v.Int("records"), v.Int("casesOpened"), v.Int("casesClosed"), v.Int("penaltyDecisions")));
        Assert.Equal((75_000_000L, 22_000_000L, 50_000_000L), (v.Long("finesImposedVnd"), v.Long("finesCollectedVnd"), v.Long("goodsValueVnd")));
        Assert.Equal([
            "counterfeit|Hàng giả|9|28000000|16000000",                  // 2 + 3 + 1 + R1–R3; S1 4 + D5 6 + D1 10 + D2 8; 6 + 10
            "smuggled|Hàng nhập lậu|7|32000000|24000000",                // 3 + 1 + R4–R6; D3 20 + N1 12; 4 + 20
            "ip|Xâm phạm quyền sở hữu trí tuệ|1|0|1500000",
            "unknown_origin|Hàng không rõ nguồn gốc, xuất xứ|1|0|500000",
            "banned|Hàng cấm|1|15000000|7000000",
            "other|Khác|2|0|1000000",
        ], v.GetProperty("byCategory").Breakdown());
        Assert.Equal(["28249|Phường Đạo Thạnh|15|32000000|24500000", "00004|Phường Ba Đình|3|43000000|19000000",
            "28201|Xã Phước Vĩnh Tây|2|0|6500000", "|Không rõ|1|0|0"], v.GetProperty("byWard").Breakdown());
        Assert.Equal(["offline|Trực tiếp|17|53000000|36500000", "online|Trực tuyến (thương mại điện tử)|4|22000000|13500000"],
            v.GetProperty("byChannel").Breakdown());
        Assert.Equal(["shopee|Shopee|2|10000000|8000000", "lazada|Lazada|1|12000000|4000000", "tiktok_shop|TikTok Shop|1|0|1500000"],
            v.GetProperty("byPlatform").Breakdown());
        Assert.Equal(["QLTT-D1|Đội Quản lý thị trường số 1|14|38000000|29000000", "QLTT-TMDT|Đội Quản lý thị trường thương mại điện tử|4|22000000|13500000",
            "QLTT-D2|Đội Quản lý thị trường số 2|2|15000000|7500000", "|Không rõ|1|0|0"], v.GetProperty("byTeam").Breakdown());

        var c = r.GetProperty("complaints");
        Assert.Equal(9, c.Int("received"));   // 01-01 00:00 VN … 12-31 23:59 VN; not 2027-01-01 00:00 VN
        Assert.Equal(["web|7", "api|2"], c.GetProperty("byChannel").Counts());
        Assert.Equal(["counterfeit|3", "other|2", "smuggled|2", "consumer_dispute|1", "food_safety|1"], c.GetProperty("byCategory").Counts());
        Assert.Equal((5, 4, 3), (c.Int("resolved"), c.Int("resolvedOnTime"), c.Int("rejected")));  // 2025-12-31 23:00 VN is 2025's
        Assert.Equal(80.0, c.GetProperty("resolvedOnTimePercent").GetDouble());   // 4 / 5
        Assert.Equal(8.0, c.GetProperty("medianDaysToResolution").GetDouble());   // 3, 5, 8, 12, 30

        var h = r.GetProperty("handoffs");
        Assert.Equal("4 2 1 0 0 1 null", h.GetProperty("police").Handoffs());
        Assert.Equal("4 0 0 2 2 0 50", h.GetProperty("association").Handoffs());   // 2 / (2 + 2)
        Assert.Equal("3 1 0 0 0 2 null", h.GetProperty("otherAgencies").Handoffs());
        Assert.Equal(["Hòa giải không thành|2", "Hòa giải thành|2"], h.GetProperty("association").GetProperty("outcomes").Counts());

        // 2025: 23 records, 20 targeted, fines 9 million, goods 23 million, 2 complaints; (21-23)/23 = -8.7 %, (16-20)/20 = -20 %.
        Assert.Equal("2025 23 20 9000000 23000000 2 -8.7 -20", r.GetProperty("previousPeriod").Comparison());
        Assert.Equal("2025 23 20 9000000 23000000 2 -8.7 -20", r.GetProperty("samePeriodLastYear").Comparison());
        Assert.Equal(["28249|Phường Đạo Thạnh|15|13|32000000|24500000|4", "00004|Phường Ba Đình|3|2|43000000|19000000|3",
            "28201|Xã Phước Vĩnh Tây|2|1|0|6500000|2"], r.GetProperty("byWard").Wards());

        var t = r.GetProperty("target");
        // A finished year: projected = actual 16 ≤ goal 18.
        Assert.Equal(("on_track", 16, 20, 20, 18, 16), (t.Str("status"), t.Int("yearToDate"), t.Int("samePeriodLastYear"), t.Int("lastYearTotal"), t.Int("goal"), t.Int("projectedYear")));
        Assert.Equal("Lũy kế từ 01/01/2026 đến 31/12/2026 có 16 vụ vi phạm về hàng giả, hàng nhập lậu, giảm 20 % so với cùng kỳ năm 2025 (20 vụ); " +
            "cả năm có 16 vụ, không vượt mục tiêu tối đa 18 vụ (giảm 10 % so với 20 vụ năm 2025), nên đạt tiến độ mục tiêu.", t.Str("explanation"));
        var trend = r.GetProperty("trend").Trend();
        Assert.Equal(24, trend.Length);
        Assert.Equal(["2025-01 2/2/null", "2025-12 5/5/null", "2026-01 2/2/1.5", "2026-11 1/1/1.5", "2026-12 1/1/1.5"],
            [trend[0], trend[11], trend[12], trend[22], trend[23]]);
    }

    [Fact]
    public async Task The_year_2025_has_no_baseline_so_its_records_put_it_off_track()
    {
        var t = (await ReportAsync("yearly/2025", "admin")).GetProperty("target");
        Assert.Equal(("off_track", 20, 0, 0, 0, 20), (t.Str("status"), t.Int("yearToDate"), t.Int("samePeriodLastYear"), t.Int("lastYearTotal"), t.Int("goal"), t.Int("projectedYear")));
        Assert.Equal("Lũy kế từ 01/01/2025 đến 31/12/2025 có 20 vụ vi phạm về hàng giả, hàng nhập lậu; năm 2024 không có số liệu làm mốc để tính mục tiêu giảm 10 %, " +
            "nên được coi là không đạt tiến độ vì đã phát sinh vụ vi phạm.", t.Str("explanation"));
    }
}
