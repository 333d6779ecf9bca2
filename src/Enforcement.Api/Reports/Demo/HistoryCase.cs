using Enforcement.Api.Cases.Records;
using Enforcement.Api.Complaints;

namespace Enforcement.Api.Reports.Demo;

/// <summary>
/// One historical complaint and the records it left (hồ sơ lịch sử): no workflow instance, no tasks, only the facts
/// reports count. Keys are left at 0 for the writer to assign; <see cref="EnforcementCase"/>, <see cref="Handoff"/> or
/// <see cref="Resolution"/> is always set, which is how startup knows the complaint needs no triage.
/// </summary>
internal sealed class HistoryCase(Complaint complaint)
{
    public Complaint Complaint { get; } = complaint;
    public EnforcementCase? Case { get; set; }
    public ViolationRecord? Record { get; set; }
    public PenaltyDecision? Decision { get; set; }
    public FineCollection? Collection { get; set; }
    public Handoff? Handoff { get; set; }
    public ComplaintResolution? Resolution { get; set; }

    /// <summary>Copies the complaint's key (once it has one) into the rows that point at it.</summary>
    public void SetComplaintId(long id)
    {
        if (Case is not null) Case.ComplaintId = id;
        if (Record is not null) Record.ComplaintId = id;
        if (Decision is not null) Decision.ComplaintId = id;
        if (Collection is not null) Collection.ComplaintId = id;
        if (Handoff is not null) Handoff.ComplaintId = id;
        if (Resolution is not null) Resolution.ComplaintId = id;
    }
}

/// <summary>
/// What history to make: <paramref name="Months"/> months from <paramref name="FirstMonth"/>, about
/// <paramref name="ComplaintsPerMonth"/> complaints a month, nothing after <paramref name="NowUtc"/>.
/// </summary>
internal sealed record DemoHistorySpec(
    int Seed, DateOnly FirstMonth, int Months, DateTime NowUtc, double ComplaintsPerMonth,
    string ProvinceCode, IReadOnlyList<string> Wards, string CodePrefix = DemoHistoryCatalog.CodePrefix)
{
    /// <summary>The demo's default: the 24 months ending with the current one, about 130 complaints a month.</summary>
    public static DemoHistorySpec TwoYears(DateTime nowUtc, string province, IReadOnlyList<string> wards)
    {
        var today = DateOnly.FromDateTime(Infrastructure.VietnamTime.ToLocal(nowUtc));
        return new(20_26_10, new DateOnly(today.Year, today.Month, 1).AddMonths(-23), 24, nowUtc, 130, province, wards);
    }
}
