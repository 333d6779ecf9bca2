using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;
using Enforcement.Api.Infrastructure;

namespace Enforcement.Api.Reports.Demo;

/// <summary>
/// What happened to one historical complaint: rejected, handed to another agency or the association, or an
/// enforcement case with (often) a violation record, a penalty decision and the fine's collection. Anything that
/// would fall after "now" has not happened yet, so that case stays open.
/// </summary>
internal sealed class CaseStory(Random random, DemoHistorySpec spec)
{
    private readonly Dictionary<int, int> _codes = [], _records = [], _decisions = [];
    private readonly CaseRecords _violations = new(random);
    private readonly Dictionary<string, int> _wardIndex = spec.Wards.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i);
    private readonly double _zipfTotal = Enumerable.Range(1, spec.Wards.Count).Sum(i => 1.0 / i);

    /// <summary>How often an inspection finds a violation, by complaint category.</summary>
    private static double ViolationChance(string category) => category switch
    {
        ComplaintCategories.Counterfeit => 0.72, ComplaintCategories.Smuggled => 0.76, ComplaintCategories.UnknownOrigin => 0.66,
        ComplaintCategories.IpInfringement => 0.6, ComplaintCategories.FoodSafety => 0.45, ComplaintCategories.EcommerceFraud => 0.5,
        ComplaintCategories.PriceFraud => 0.4, _ => 0.3,
    };

    public HistoryCase Tell(DateTime submittedAt, string category, double onlineShare)
    {
        var year = VietnamTime.ToLocal(submittedAt).Year;
        var code = $"{spec.CodePrefix}-{year}-{Next(_codes, year):000000}";
        var ward = spec.Wards[Zipf(spec.Wards.Count)];
        var online = category == ComplaintCategories.EcommerceFraud || (category != ComplaintCategories.ConsumerDispute && random.NextDouble() < onlineShare);
        var h = new HistoryCase(DemoHistoryText.Complaint(random, code, category, spec.ProvinceCode, ward, online, submittedAt));
        var triagedAt = submittedAt.AddHours(4 + random.Next(68));
        var roll = random.NextDouble();
        if (roll < (category == ComplaintCategories.ConsumerDispute ? 0.15 : 0.11)) Reject(h, triagedAt);
        else if (category == ComplaintCategories.ConsumerDispute) Mediate(h, triagedAt);
        else if (roll < 0.17) Refer(h, triagedAt);
        else Inspect(h, triagedAt, online);
        return h;
    }

    private void Inspect(HistoryCase h, DateTime openedAt, bool online)
    {
        var c = h.Complaint;
        h.Case = new() { TrackingCode = c.TrackingCode, OpenedAt = openedAt, ProvinceCode = c.ProvinceCode, WardCode = c.WardCode };
        Status(h, ComplaintStatuses.InProgress, openedAt);
        var slow = random.NextDouble() < 0.12 ? random.Next(10, 36) : 0; // a few cases drag on past the deadline
        if (random.NextDouble() >= ViolationChance(c.Category))
        {
            var endAt = openedAt.AddDays(5 + random.Next(20) + slow);
            if (endAt <= spec.NowUtc) Close(h, endAt, "no_violation");
            return;
        }
        var recordAt = openedAt.AddDays(2 + random.Next(11) + slow).AddHours(random.Next(-3, 4));
        if (recordAt > spec.NowUtc) return;
        var team = online ? DemoHistoryCatalog.TeamOnline : DemoHistoryCatalog.FieldTeams[_wardIndex[c.WardCode] % 2];
        h.Record = _violations.Record(c, $"{Next(_records, VietnamTime.ToLocal(recordAt).Year)}/BB-VPHC", recordAt, online, team);
        var record = h.Record;
        if (record.GoodsCategory is GoodsCategories.Counterfeit or GoodsCategories.Smuggled or GoodsCategories.Banned && random.NextDouble() < 0.05)
        {
            // Signs of a crime: the file goes to the economic police, and the case ends here for QLTT.
            var handedAt = recordAt.AddDays(2 + random.Next(5));
            if (handedAt > spec.NowUtc) return;
            Handoff(h, handedAt, "CA", Identity.AgencyKinds.Police, random.Next(7, 31),
                () => random.NextDouble() < 0.7 ? (HandoffStatuses.Accepted, $"Quyết định khởi tố vụ án số {random.Next(1, 400)}") : (HandoffStatuses.Returned, Pick(DemoHistoryCatalog.PoliceReturnReasons)));
            Close(h, handedAt, "criminal");
            return;
        }
        var decisionAt = recordAt.AddDays(3 + random.Next(13));
        if (decisionAt > spec.NowUtc) return;
        h.Decision = _violations.Decision(record, $"{Next(_decisions, VietnamTime.ToLocal(decisionAt).Year)}/QĐ-XPHC", decisionAt, DemoHistoryCatalog.Supervisor);
        Resolve(h, ComplaintStatuses.Resolved, decisionAt, null);
        var decision = h.Decision;
        if (decision.FineVnd == 0) { Close(h, decisionAt, "closed"); return; }
        var pay = random.NextDouble();
        if (pay >= 0.92) return; // unpaid: the case stays open for enforcement (cưỡng chế)
        var paidOn = decision.ReceivedDate.AddDays(pay < 0.8 ? random.Next(1, 11) : random.Next(11, 46));
        var paidAt = DateTime.SpecifyKind(paidOn.ToDateTime(new TimeOnly(9, 0)) - VietnamTime.Zone.BaseUtcOffset, DateTimeKind.Utc).AddMinutes(random.Next(480));
        if (paidAt > spec.NowUtc) return;
        h.Collection = new()
        {
            TrackingCode = decision.TrackingCode, AmountVnd = decision.FineVnd, CollectedDate = paidOn,
            ReceiptNumber = $"BL{paidOn.Year}-{random.Next(100_000, 999_999)}", RecordedBy = record.RecordedBy, RecordedAt = paidAt,
        };
        Close(h, paidAt.AddDays(1), "closed");
    }

    private void Reject(HistoryCase h, DateTime at)
    {
        Resolve(h, ComplaintStatuses.Rejected, at, Pick(DemoHistoryCatalog.RejectionReasons));
        Status(h, ComplaintStatuses.Rejected, at);
    }

    private void Mediate(HistoryCase h, DateTime at) => Handoff(h, at, "BVNTD", Identity.AgencyKinds.ConsumerAssociation, random.Next(5, 26),
        () => random.NextDouble() < 0.62 ? (HandoffStatuses.Succeeded, "Hai bên thống nhất phương án bồi thường") : (HandoffStatuses.Failed, Pick(DemoHistoryCatalog.MediationFailures)),
        resolves: true);

    private void Refer(HistoryCase h, DateTime at)
    {
        var (agency, kind) = DemoHistoryCatalog.OtherAgencyFor(h.Complaint.Category);
        Handoff(h, at, agency, kind, random.Next(3, 11), () => (HandoffStatuses.Accepted, "Đã tiếp nhận hồ sơ"));
    }

    private void Handoff(HistoryCase h, DateTime at, string agency, string kind, int answerDays, Func<(string Status, string Outcome)> answer, bool resolves = false)
    {
        h.Handoff = new() { TrackingCode = h.Complaint.TrackingCode, AgencyCode = agency, AgencyKind = kind, HandedAt = at, HandedBy = DemoHistoryCatalog.Supervisor };
        if (h.Case is null) Status(h, ComplaintStatuses.Referred, at);
        var answeredAt = at.AddDays(answerDays).AddHours(random.Next(8));
        if (answeredAt > spec.NowUtc) return;
        (h.Handoff.Status, h.Handoff.Outcome) = answer();
        (h.Handoff.AnsweredAt, h.Handoff.AnsweredBy) = (answeredAt, agency == "CA" ? "police" : agency == "BVNTD" ? "association" : null);
        if (resolves) Resolve(h, ComplaintStatuses.Resolved, answeredAt, null);
    }

    private void Close(HistoryCase h, DateTime at, string result)
    {
        if (at > spec.NowUtc) return;
        (h.Case!.ClosedAt, h.Case.Result) = (at, result);
        if (h.Resolution is null) Resolve(h, ComplaintStatuses.Resolved, at, null);
    }

    private static void Resolve(HistoryCase h, string status, DateTime at, string? reason)
    {
        var days = Math.Round((at - h.Complaint.SubmittedAt).TotalDays, 2);
        // The statutory deadline for settling a complaint is taken as 30 days (extensions are not modelled).
        h.Resolution = new() { TrackingCode = h.Complaint.TrackingCode, Status = status, ResolvedAt = at, OnTime = days <= 30, Days = days, Reason = reason };
        Status(h, status, at);
    }

    private static void Status(HistoryCase h, string status, DateTime at) => (h.Complaint.Status, h.Complaint.StatusChangedAt) = (status, at);

    private static int Next(Dictionary<int, int> counters, int year) => counters[year] = counters.GetValueOrDefault(year) + 1;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A few busy wards (markets, the centre) and a long tail.</summary>
    private int Zipf(int n)
    {
        var x = random.NextDouble() * _zipfTotal;
        for (var i = 1; i <= n; i++) if ((x -= 1.0 / i) <= 0) return i - 1;
        return n - 1;
    }
}
