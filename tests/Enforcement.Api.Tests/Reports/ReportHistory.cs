using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Reports;

/// <summary>
/// A known history of 2024–2026, written straight into the record tables (what the workflow hooks write).
/// Targeted (counterfeit + smuggled) records: 2024 none; 2025 twenty (12 up to October, 3 in November, 5 in
/// December); 2026 sixteen (14 up to October, 1 in November, 1 in December). Every figure the tests expect is
/// worked out by hand from the lists below; the comments at each row say where it counts.
/// </summary>
internal static partial class ReportHistory
{
    /// <summary>Every complaint of the history carries these; no report output may show them.</summary>
    public const string ComplainantName = "Trần Thị Khiếu Nại", ComplainantPhone = "0912345678", ComplainantEmail = "khieunai@example.vn";

    public static readonly DateTimeOffset Now = new(2027, 1, 10, 3, 0, 0, TimeSpan.Zero);
    public const string W1 = "28249", W1Name = "Phường Đạo Thạnh";   // province 82
    public const string W2 = "00004", W2Name = "Phường Ba Đình";     // province 01
    public const string W3 = "28201", W3Name = "Xã Phước Vĩnh Tây";  // province 80
    public const string D1 = "QLTT-D1", D2 = "QLTT-D2", Online = "QLTT-TMDT";

    private static DateTime Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);
    private static DateOnly Day(int y, int m, int d) => new(y, m, d);

    public static async Task WriteAsync(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var w = new Writer(db);
        w.Support(10); // resolutions' complaints: submitted 2024-12-01, outside every asserted period

        // Complaints (received by their Vietnam-time submission day).
        w.Complaint(Utc(2025, 10, 10, 5), "web", "counterfeit", W1);      // 2025-10
        w.Complaint(Utc(2025, 10, 20, 5), "api", "other", W2);            // 2025-10
        w.Complaint(Utc(2025, 12, 31, 17), "web", "other", W1);           // 00:00 on 2026-01-01 VN → 2026-01
        w.Complaint(Utc(2026, 9, 30, 16, 30), "web", "other", W3);        // 23:30 on 09-30 VN → 2026-09
        w.Complaint(Utc(2026, 9, 30, 17), "web", "counterfeit", W1);      // 00:00 on 10-01 VN → 2026-10
        w.Complaint(Utc(2026, 10, 10, 5), "web", "counterfeit", W1);      // 2026-10
        w.Complaint(Utc(2026, 10, 11, 5), "api", "smuggled", W2);         // 2026-10
        w.Complaint(Utc(2026, 10, 20, 5), "web", "consumer_dispute", W2); // 2026-10
        w.Complaint(Utc(2026, 10, 31, 16, 59), "api", "food_safety", W3); // 23:59 on 10-31 VN → 2026-10
        w.Complaint(Utc(2026, 10, 31, 17, 30), "web", "counterfeit", W1); // 00:30 on 11-01 VN → 2026-11 (the boundary)
        w.Complaint(Utc(2026, 12, 31, 16, 59), "web", "smuggled", W2);    // 2026-12
        w.Complaint(Utc(2026, 12, 31, 17), "api", "other", W1);           // 00:00 on 2027-01-01 VN → 2027
        await w.SaveAsync();

        // Cases (opened/closed by Vietnam time).
        w.Case(Utc(2025, 6, 1, 3), Utc(2025, 12, 31, 16, 59));            // opened 2025-06, closed 23:59 on 2025-12-31 VN
        w.Case(Utc(2025, 12, 31, 17), null);                              // opened 2026-01-01 00:00 VN
        w.Case(Utc(2026, 9, 30, 17, 30), Utc(2026, 10, 20, 3));           // A: opened 10-01 00:30 VN, closed 2026-10
        w.Case(Utc(2026, 10, 15, 2), Utc(2026, 10, 31, 17, 30));          // B: opened 2026-10, closed 11-01 00:30 VN
        w.Case(Utc(2026, 9, 30, 16, 59), Utc(2026, 10, 31, 16));          // C: opened 09-30 23:59 VN, closed 10-31 23:00 VN
        w.Case(Utc(2026, 10, 31, 17, 30), null);                          // D: opened 11-01 00:30 VN (the boundary)

        WriteRecords(w);
        await w.SaveAsync();
        WriteDecisions(w);
        await w.SaveAsync();
        WriteCollectionsAndHandoffs(w);
        WriteResolutions(w);
        await w.SaveAsync();
    }

    /// <summary>Adds rows with the defaults a report does not look at; one anchor complaint (2024-12) carries them.</summary>
    private sealed partial class Writer(EnforcementDbContext db)
    {
        private int _n;
        private Complaint? _anchor;
        public EnforcementDbContext Db => db;
        public Dictionary<string, ViolationRecord> RecordsByKey { get; } = [];
        public Dictionary<string, PenaltyDecision> Decisions { get; } = [];

        public Complaint Anchor => _anchor ??= Complaint(Utc(2024, 12, 1, 3), "web", "other", W1);
        public Queue<Complaint> Supported { get; } = [];

        public void Support(int count)
        {
            _ = Anchor;
            for (var i = 0; i < count; i++) Supported.Enqueue(Complaint(Utc(2024, 12, 1, 3), "web", "other", W1));
        }

        public Complaint Complaint(DateTime at, string channel, string category, string ward)
        {
            var c = new Complaint
            {
                TrackingCode = $"RPT-{++_n:D6}", AccessKeyHash = new string('0', 64), Category = category, Description = "Phản ánh mẫu cho báo cáo",
                ProvinceCode = ward == W1 ? "82" : ward == W2 ? "01" : "80", WardCode = ward, ConsentGivenAt = at, ConsentTextVersion = "v1",
                Status = ComplaintStatuses.Received, Channel = channel, SubmittedAt = at, StatusChangedAt = at,
                // Personal data that no report output may show (ReportTests.Files).
                Complainant = new() { FullName = ComplainantName, Phone = ComplainantPhone, Email = ComplainantEmail, Address = "12 Đường Lý Thường Kiệt" },
                Business = new() { Name = "Cửa hàng Minh Phát", Address = "45 Đường Nguyễn Huệ" },
            };
            db.Complaints.Add(c);
            return c;
        }

        public void Case(DateTime opened, DateTime? closed) => db.EnforcementCases.Add(new EnforcementCase
        {
            ComplaintId = Anchor.Id, TrackingCode = "RPT-CASE", OpenedAt = opened, ClosedAt = closed, Result = closed is null ? null : "closed", WardCode = W1,
        });

        public async Task SaveAsync() => await db.SaveChangesAsync();
    }
}
