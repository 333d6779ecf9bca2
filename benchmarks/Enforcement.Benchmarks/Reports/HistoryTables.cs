using Enforcement.Api.Reports.Demo;
using NpgsqlTypes;

namespace Enforcement.Benchmarks.Reports;

/// <summary>A column of a bulk-loaded table: its name, its PostgreSQL type, and how to read it from a case.</summary>
internal sealed record HistoryColumn(string Name, NpgsqlDbType Type, Func<HistoryCase, object?> Get);

/// <summary>A table the history fills, with which cases have a row in it; parents come before children.</summary>
internal sealed record HistoryTable(string Name, Func<HistoryCase, bool> Has, HistoryColumn[] Columns);

/// <summary>The seven tables a monthly report reads, in foreign-key order, mapped column by column.</summary>
internal static class HistoryTables
{
    private static HistoryColumn C(string name, NpgsqlDbType type, Func<HistoryCase, object?> get) => new(name, type, get);
    private const NpgsqlDbType Text = NpgsqlDbType.Text, Long = NpgsqlDbType.Bigint, Bool = NpgsqlDbType.Boolean,
        Instant = NpgsqlDbType.TimestampTz, Day = NpgsqlDbType.Date, Real = NpgsqlDbType.Double;

    public static readonly HistoryTable[] All =
    [
        new("Complaints", _ => true,
        [
            C("Id", Long, h => h.Complaint.Id), C("TrackingCode", Text, h => h.Complaint.TrackingCode), C("AccessKeyHash", Text, h => h.Complaint.AccessKeyHash),
            C("Category", Text, h => h.Complaint.Category), C("Description", Text, h => h.Complaint.Description), C("Anonymous", Bool, h => h.Complaint.Anonymous),
            C("ComplainantFullName", Text, h => h.Complaint.Complainant.FullName), C("BusinessName", Text, h => h.Complaint.Business.Name),
            C("BusinessPlatform", Text, h => h.Complaint.Business.Platform), C("ProductName", Text, h => h.Complaint.Product.Name),
            C("ProductBrand", Text, h => h.Complaint.Product.Brand), C("ProvinceCode", Text, h => h.Complaint.ProvinceCode), C("WardCode", Text, h => h.Complaint.WardCode),
            C("ConsentGivenAt", Instant, h => h.Complaint.ConsentGivenAt), C("ConsentTextVersion", Text, h => h.Complaint.ConsentTextVersion),
            C("Status", Text, h => h.Complaint.Status), C("Channel", Text, h => h.Complaint.Channel),
            C("SubmittedAt", Instant, h => h.Complaint.SubmittedAt), C("StatusChangedAt", Instant, h => h.Complaint.StatusChangedAt),
        ]),
        new("EnforcementCases", h => h.Case is not null,
        [
            C("Id", Long, h => h.Case!.Id), C("ComplaintId", Long, h => h.Case!.ComplaintId), C("TrackingCode", Text, h => h.Case!.TrackingCode),
            C("OpenedAt", Instant, h => h.Case!.OpenedAt), C("ClosedAt", Instant, h => h.Case!.ClosedAt), C("Result", Text, h => h.Case!.Result),
            C("ProvinceCode", Text, h => h.Case!.ProvinceCode), C("WardCode", Text, h => h.Case!.WardCode),
        ]),
        new("ViolationRecords", h => h.Record is not null,
        [
            C("Id", Long, h => h.Record!.Id), C("ComplaintId", Long, h => h.Record!.ComplaintId), C("TrackingCode", Text, h => h.Record!.TrackingCode),
            C("InstanceId", Long, h => h.Record!.InstanceId), C("RecordNumber", Text, h => h.Record!.RecordNumber), C("RecordDate", Day, h => h.Record!.RecordDate),
            C("GoodsCategory", Text, h => h.Record!.GoodsCategory), C("ViolationCode", Text, h => h.Record!.ViolationCode), C("OffenderType", Text, h => h.Record!.OffenderType),
            C("Online", Bool, h => h.Record!.Online), C("Platform", Text, h => h.Record!.Platform), C("GoodsDescription", Text, h => h.Record!.GoodsDescription),
            C("GoodsValueVnd", Long, h => h.Record!.GoodsValueVnd), C("QuantitySeized", Long, h => h.Record!.QuantitySeized), C("QuantityUnit", Text, h => h.Record!.QuantityUnit),
            C("ProvinceCode", Text, h => h.Record!.ProvinceCode), C("WardCode", Text, h => h.Record!.WardCode), C("TeamCode", Text, h => h.Record!.TeamCode),
            C("RecordedBy", Text, h => h.Record!.RecordedBy), C("RecordedAt", Instant, h => h.Record!.RecordedAt),
        ]),
        new("PenaltyDecisions", h => h.Decision is not null,
        [
            C("Id", Long, h => h.Decision!.Id), C("ViolationRecordId", Long, h => h.Decision!.ViolationRecordId), C("ComplaintId", Long, h => h.Decision!.ComplaintId),
            C("TrackingCode", Text, h => h.Decision!.TrackingCode), C("InstanceId", Long, h => h.Decision!.InstanceId), C("DecisionNumber", Text, h => h.Decision!.DecisionNumber),
            C("DecisionDate", Day, h => h.Decision!.DecisionDate), C("ReceivedDate", Day, h => h.Decision!.ReceivedDate), C("FineVnd", Long, h => h.Decision!.FineVnd),
            C("Confiscation", Bool, h => h.Decision!.Confiscation), C("Destruction", Bool, h => h.Decision!.Destruction), C("ListingRemoval", Bool, h => h.Decision!.ListingRemoval),
            C("RemedialMeasures", Text, h => h.Decision!.RemedialMeasures), C("IssuedBy", Text, h => h.Decision!.IssuedBy), C("IssuedAt", Instant, h => h.Decision!.IssuedAt),
        ]),
        new("FineCollections", h => h.Collection is not null,
        [
            C("Id", Long, h => h.Collection!.Id), C("PenaltyDecisionId", Long, h => h.Collection!.PenaltyDecisionId), C("ComplaintId", Long, h => h.Collection!.ComplaintId),
            C("TrackingCode", Text, h => h.Collection!.TrackingCode), C("AmountVnd", Long, h => h.Collection!.AmountVnd), C("CollectedDate", Day, h => h.Collection!.CollectedDate),
            C("ReceiptNumber", Text, h => h.Collection!.ReceiptNumber), C("RecordedBy", Text, h => h.Collection!.RecordedBy), C("RecordedAt", Instant, h => h.Collection!.RecordedAt),
        ]),
        new("Handoffs", h => h.Handoff is not null,
        [
            C("Id", Long, h => h.Handoff!.Id), C("ComplaintId", Long, h => h.Handoff!.ComplaintId), C("TrackingCode", Text, h => h.Handoff!.TrackingCode),
            C("InstanceId", Long, h => h.Handoff!.InstanceId), C("AgencyCode", Text, h => h.Handoff!.AgencyCode), C("AgencyKind", Text, h => h.Handoff!.AgencyKind),
            C("HandedAt", Instant, h => h.Handoff!.HandedAt), C("HandedBy", Text, h => h.Handoff!.HandedBy), C("Status", Text, h => h.Handoff!.Status),
            C("AnsweredAt", Instant, h => h.Handoff!.AnsweredAt), C("AnsweredBy", Text, h => h.Handoff!.AnsweredBy), C("Outcome", Text, h => h.Handoff!.Outcome),
        ]),
        new("ComplaintResolutions", h => h.Resolution is not null,
        [
            C("ComplaintId", Long, h => h.Resolution!.ComplaintId), C("TrackingCode", Text, h => h.Resolution!.TrackingCode), C("Status", Text, h => h.Resolution!.Status),
            C("ResolvedAt", Instant, h => h.Resolution!.ResolvedAt), C("OnTime", Bool, h => h.Resolution!.OnTime), C("Days", Real, h => h.Resolution!.Days),
            C("Reason", Text, h => h.Resolution!.Reason),
        ]),
    ];

    /// <summary>Gives a chunk of cases their keys, continuing from the last chunk's.</summary>
    public sealed class Keys
    {
        private long _complaint, _case, _record, _decision, _collection, _handoff;

        public void Assign(IEnumerable<HistoryCase> cases)
        {
            foreach (var h in cases)
            {
                h.Complaint.Id = ++_complaint;
                h.SetComplaintId(h.Complaint.Id);
                if (h.Case is not null) h.Case.Id = ++_case;
                if (h.Record is not null) h.Record.Id = ++_record;
                if (h.Decision is not null) (h.Decision.Id, h.Decision.ViolationRecordId) = (++_decision, h.Record!.Id);
                if (h.Collection is not null) (h.Collection.Id, h.Collection.PenaltyDecisionId) = (++_collection, h.Decision!.Id);
                if (h.Handoff is not null) h.Handoff.Id = ++_handoff;
            }
        }
    }
}
