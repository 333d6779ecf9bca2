using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;

namespace Enforcement.Api.Tests.Reports;

internal static partial class ReportHistory
{
    /// <summary>Records by legal date. Unnamed ones are offline, in W1, by team D1, with goods worth 1.000.000 VND.</summary>
    private static void WriteRecords(Writer w)
    {
        // 2025: targeted 2 + 2 + 3 + 5 = 12 up to October, then 3 + 5 → 20; others: 1 in September, 2 in October → 23 records.
        w.Records("2025-01", Day(2025, 1, 10), GoodsCategories.Counterfeit, 2);
        w.Records("2025-03", Day(2025, 3, 10), GoodsCategories.Smuggled, 2);
        w.Records("2025-06", Day(2025, 6, 10), GoodsCategories.Counterfeit, 3);
        w.Records("2025-09o", Day(2025, 9, 10), GoodsCategories.Other, 1);
        w.Records("2025-10", Day(2025, 10, 10), GoodsCategories.Smuggled, 5);
        w.Records("2025-10i", Day(2025, 10, 11), GoodsCategories.IntellectualProperty, 1);
        w.Records("2025-10b", Day(2025, 10, 12), GoodsCategories.Banned, 1);
        w.Records("2025-11", Day(2025, 11, 10), GoodsCategories.Counterfeit, 3);
        w.Records("2025-12", Day(2025, 12, 31), GoodsCategories.Smuggled, 5);

        // 2026 before October: targeted 2 + 3 + 3 = 8, and one "other" in September.
        w.Records("2026-01", Day(2026, 1, 1), GoodsCategories.Counterfeit, 2);
        w.Records("2026-04", Day(2026, 4, 15), GoodsCategories.Smuggled, 3);
        w.Records("2026-09", Day(2026, 9, 30), GoodsCategories.Counterfeit, 3);
        w.Records("2026-09o", Day(2026, 9, 12), GoodsCategories.Other, 1);

        // October 2026: ten records, six targeted (R1–R6), goods 39.000.000 VND in all.
        w.Record("R1", Day(2026, 10, 1), GoodsCategories.Counterfeit, W1, "shopee", Online, 5_000_000);
        w.Record("R2", Day(2026, 10, 3), GoodsCategories.Counterfeit, W1, "shopee", Online, 3_000_000);
        w.Record("R3", Day(2026, 10, 5), GoodsCategories.Counterfeit, W2, null, D1, 2_000_000);
        w.Record("R4", Day(2026, 10, 7), GoodsCategories.Smuggled, W2, null, D1, 10_000_000);
        w.Record("R5", Day(2026, 10, 9), GoodsCategories.Smuggled, W1, "lazada", Online, 4_000_000);
        w.Record("R6", Day(2026, 10, 11), GoodsCategories.Smuggled, W3, null, D1, 6_000_000);
        w.Record("R7", Day(2026, 10, 13), GoodsCategories.IntellectualProperty, W1, "tiktok_shop", Online, 1_500_000);
        w.Record("R8", Day(2026, 10, 15), GoodsCategories.UnknownOrigin, W3, null, D2, 500_000);
        w.Record("R9", Day(2026, 10, 17), GoodsCategories.Banned, W2, null, D2, 7_000_000);
        w.Record("R10", Day(2026, 10, 31), GoodsCategories.Other, null, null, null, 0);

        // After October: one targeted in November, one on the last day of the year.
        w.Records("2026-11", Day(2026, 11, 1), GoodsCategories.Smuggled, 1);
        w.Records("2026-12", Day(2026, 12, 31), GoodsCategories.Counterfeit, 1);
    }

    private static void WriteDecisions(Writer w)
    {
        w.Decision("2025-10", "2025-10#0", Day(2025, 10, 15), 9_000_000);
        w.Decision("S1", "2026-09#0", Day(2026, 9, 30), 4_000_000);   // September
        w.Decision("D1", "R1", Day(2026, 10, 5), 10_000_000);
        w.Decision("D2", "R3", Day(2026, 10, 20), 8_000_000);
        w.Decision("D3", "R4", Day(2026, 10, 31), 20_000_000);
        w.Decision("D4", "R9", Day(2026, 10, 15), 15_000_000);
        w.Decision("D5", "2026-09#1", Day(2026, 10, 2), 6_000_000);    // October, for a September record
        w.Decision("N1", "R5", Day(2026, 11, 1), 12_000_000);          // November
    }

    private static void WriteCollectionsAndHandoffs(Writer w)
    {
        w.Collection("2025-10", Day(2025, 12, 31), 9_000_000);
        w.Collection("S1", Day(2026, 10, 1), 4_000_000);
        w.Collection("D1", Day(2026, 10, 12), 10_000_000);
        w.Collection("D2", Day(2026, 11, 2), 8_000_000);

        // Police (CA), the association (BVNTD), other agencies (KHCN, THUE, HQ).
        w.Handoff("CA", "police", Utc(2026, 9, 20, 3), HandoffStatuses.Accepted, Utc(2026, 10, 1, 3), "Khởi tố vụ án");
        w.Handoff("CA", "police", Utc(2026, 10, 2, 3), HandoffStatuses.Accepted, Utc(2026, 10, 9, 3), "Khởi tố vụ án");
        w.Handoff("CA", "police", Utc(2026, 10, 3, 3), HandoffStatuses.Returned, Utc(2026, 10, 20, 3), "Không đủ dấu hiệu tội phạm");
        w.Handoff("CA", "police", Utc(2026, 10, 25, 3), HandoffStatuses.Pending, null, null);
        w.Handoff("BVNTD", "consumer_association", Utc(2026, 10, 4, 3), HandoffStatuses.Succeeded, Utc(2026, 10, 14, 3), "Hòa giải thành");
        w.Handoff("BVNTD", "consumer_association", Utc(2026, 10, 5, 3), HandoffStatuses.Succeeded, Utc(2026, 10, 15, 3), "Hòa giải thành");
        w.Handoff("BVNTD", "consumer_association", Utc(2026, 10, 6, 3), HandoffStatuses.Failed, Utc(2026, 10, 31, 17, 30), "Hòa giải không thành");
        w.Handoff("BVNTD", "consumer_association", Utc(2026, 10, 7, 3), HandoffStatuses.Failed, Utc(2026, 10, 21, 3), "Hòa giải không thành");
        w.Handoff("KHCN", "science_technology", Utc(2026, 10, 8, 3), HandoffStatuses.Accepted, Utc(2026, 10, 18, 3), "Đã tiếp nhận xử lý");
        w.Handoff("THUE", "tax", Utc(2026, 10, 9, 3), HandoffStatuses.Pending, null, null);
        w.Handoff("HQ", "customs", Utc(2026, 10, 31, 17, 30), HandoffStatuses.Pending, null, null); // 11-01 00:30 VN
    }

    private static void WriteResolutions(Writer w)
    {
        w.Resolution(ComplaintStatuses.Resolved, Utc(2025, 12, 31, 16), false, 40, null);    // 23:00 on 2025-12-31 VN
        w.Resolution(ComplaintStatuses.Resolved, Utc(2026, 10, 5, 3), true, 5, null);
        w.Resolution(ComplaintStatuses.Resolved, Utc(2026, 10, 12, 3), true, 12, null);
        w.Resolution(ComplaintStatuses.Resolved, Utc(2026, 10, 25, 3), false, 30, null);
        w.Resolution(ComplaintStatuses.Resolved, Utc(2026, 10, 31, 16), true, 8, null);      // 23:00 on 10-31 VN
        w.Resolution(ComplaintStatuses.Resolved, Utc(2026, 10, 31, 17, 30), true, 3, null);  // 11-01 00:30 VN
        w.Resolution(ComplaintStatuses.Rejected, Utc(2026, 10, 6, 3), true, 2, "Không thuộc thẩm quyền");
        w.Resolution(ComplaintStatuses.Rejected, Utc(2026, 10, 7, 3), true, 2, "Không thuộc thẩm quyền");
        w.Resolution(ComplaintStatuses.Rejected, Utc(2026, 10, 8, 3), true, 4, "Thiếu thông tin để xác minh");
    }
}
