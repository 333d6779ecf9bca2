using Enforcement.Api.Reports.Figures;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>One table of a report, as the HTML, CSV and XLSX print it. Cells are text, whole numbers or percentages (double).</summary>
internal sealed record ReportTable(string Key, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>The report's tables, built once from the figures so that every output prints the same numbers.</summary>
internal static class ReportTables
{
    public const string Summary = "summary", Category = "category", Ward = "ward", Channel = "channel", Platform = "platform", Team = "team",
        Complaints = "complaints", ComplaintChannels = "complaint-channels", ComplaintCategories = "complaint-categories",
        Rejections = "rejections", Handoffs = "handoffs", Trend = "trend", Target = "target";

    /// <summary>Counterfeit and smuggled goods (hàng giả, hàng nhập lậu): what the reduction goal counts.</summary>
    public static readonly string[] TargetedCategories = ["counterfeit", "smuggled"];

    public static int TargetedRecords(ViolationFigures v) => v.ByCategory.Where(b => TargetedCategories.Contains(b.Key)).Sum(b => b.Records);

    public static IReadOnlyList<ReportTable> Build(ReportFigures f)
    {
        var v = f.Violations;
        var (prev, last) = (f.PreviousPeriod, f.SamePeriodLastYear);
        var c = f.Complaints;
        return
        [
            new(Summary, "Tổng hợp", ["Chỉ tiêu", "Kỳ báo cáo", $"Kỳ trước ({prev.Period})", $"Cùng kỳ năm trước ({last.Period})"],
            [
                Row("Số vụ vi phạm (biên bản)", v.Records, prev.Records, last.Records),
                Row("Trong đó: hàng giả, hàng nhập lậu", TargetedRecords(v), prev.TargetedRecords, last.TargetedRecords),
                Row("Vụ việc mở mới", v.CasesOpened, null, null),
                Row("Vụ việc kết thúc", v.CasesClosed, null, null),
                Row("Quyết định xử phạt", v.PenaltyDecisions, null, null),
                Row("Tiền phạt đã quyết định (đồng)", v.FinesImposedVnd, prev.FinesImposedVnd, last.FinesImposedVnd),
                Row("Tiền phạt đã thu (đồng)", v.FinesCollectedVnd, null, null),
                Row("Trị giá hàng hóa vi phạm (đồng)", v.GoodsValueVnd, prev.GoodsValueVnd, last.GoodsValueVnd),
                Row("Phản ánh tiếp nhận", c.Received, prev.ComplaintsReceived, last.ComplaintsReceived),
            ]),
            Breakdowns(Category, "Theo loại hàng", "Loại hàng", v.ByCategory),
            new(Ward, "Theo xã, phường", ["Mã", "Xã, phường", "Số vụ", "Hàng giả, nhập lậu", "Tiền phạt (đồng)", "Trị giá hàng (đồng)", "Phản ánh"],
                [.. f.ByWard.Select(w => Row(w.WardCode, w.WardName, w.Records, w.TargetedRecords, w.FinesImposedVnd, w.GoodsValueVnd, w.ComplaintsReceived))]),
            Breakdowns(Channel, "Theo hình thức (trực tuyến, trực tiếp)", "Hình thức", v.ByChannel),
            Breakdowns(Platform, "Theo sàn thương mại điện tử, mạng xã hội", "Sàn, nền tảng", v.ByPlatform),
            Breakdowns(Team, "Theo đội quản lý thị trường", "Đội", v.ByTeam),
            new(Complaints, "Tiếp nhận, giải quyết phản ánh", ["Chỉ tiêu", "Giá trị"],
            [
                Row("Phản ánh tiếp nhận", c.Received), Row("Đã giải quyết", c.Resolved), Row("Giải quyết đúng hạn", c.ResolvedOnTime),
                Row("Tỷ lệ đúng hạn (%)", c.ResolvedOnTimePercent), Row("Số ngày giải quyết (trung vị)", c.MedianDaysToResolution),
                Row("Từ chối, không thụ lý", c.Rejected),
            ]),
            Counts(ComplaintChannels, "Phản ánh theo kênh tiếp nhận", "Kênh", c.ByChannel),
            Counts(ComplaintCategories, "Phản ánh theo lĩnh vực", "Lĩnh vực", c.ByCategory),
            Counts(Rejections, "Lý do từ chối", "Lý do", c.RejectionReasons),
            new(Handoffs, "Phối hợp, chuyển hồ sơ", ["Nơi nhận", "Đã chuyển", "Tiếp nhận", "Trả lại", "Thành công", "Không thành công", "Đang xử lý", "Tỷ lệ thành công (%)"],
            [
                Handoff("Cơ quan công an", f.Handoffs.Police), Handoff("Hội bảo vệ người tiêu dùng (hòa giải)", f.Handoffs.Association),
                Handoff("Cơ quan khác", f.Handoffs.OtherAgencies),
            ]),
            new(Trend, "Xu hướng 24 tháng", ["Tháng", "Tất cả vụ vi phạm", "Hàng giả, nhập lậu", "Đường mục tiêu"],
                [.. f.Trend.Select(t => Row(ReportText.MonthLabel(t.Month), t.Records, t.TargetedRecords, t.TargetLine))]),
            new(Target, "Chỉ tiêu giảm từ 10% trở lên", ["Chỉ tiêu", "Giá trị"],
            [
                Row("Năm", f.Target.Year), Row("Từ đầu năm đến hết kỳ", f.Target.YearToDate), Row("Cùng kỳ năm trước", f.Target.SamePeriodLastYear),
                Row("Cả năm trước", f.Target.LastYearTotal), Row("Mức tối đa cả năm để đạt chỉ tiêu", f.Target.Goal),
                Row("Dự báo cả năm", f.Target.ProjectedYear), Row("Mức giảm phải đạt (%)", f.Target.ReductionGoalPercent),
                Row("Tình trạng", ReportText.TargetStatus(f.Target.Status)), Row("Giải thích", f.Target.Explanation),
            ]),
        ];
    }

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static ReportTable Breakdowns(string key, string title, string what, IReadOnlyList<Breakdown> rows) =>
        new(key, title, [what, "Số vụ", "Tiền phạt (đồng)", "Trị giá hàng (đồng)"], [.. rows.Select(b => Row(b.Label, b.Records, b.FinesImposedVnd, b.GoodsValueVnd))]);

    private static ReportTable Counts(string key, string title, string what, IReadOnlyList<Count> rows) =>
        new(key, title, [what, "Số lượng"], [.. rows.Select(r => Row(r.Label, r.Value))]);

    private static IReadOnlyList<object?> Handoff(string to, HandoffCounts h) =>
        Row(to, h.Sent, h.Accepted, h.Returned, h.Succeeded, h.Failed, h.Pending, h.SuccessRatePercent);
}
