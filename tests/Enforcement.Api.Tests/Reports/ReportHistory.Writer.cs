using Enforcement.Api.Cases.Records;

namespace Enforcement.Api.Tests.Reports;

internal static partial class ReportHistory
{
    private sealed partial class Writer
    {
        /// <summary><paramref name="count"/> default records (offline, W1, team D1, 1.000.000 VND), keyed key#0, key#1…</summary>
        public void Records(string key, DateOnly day, string category, int count)
        {
            for (var i = 0; i < count; i++) Record($"{key}#{i}", day, category, W1, null, D1, 1_000_000);
        }

        /// <summary>A record; a platform makes it an online one.</summary>
        public void Record(string key, DateOnly day, string category, string? ward, string? platform, string? team, long goods)
        {
            var r = new ViolationRecord
            {
                ComplaintId = Anchor.Id, TrackingCode = Anchor.TrackingCode, InstanceId = 1, RecordNumber = key, RecordDate = day,
                GoodsCategory = category, ViolationCode = "nd98-d11", OffenderType = OffenderTypes.Individual, Online = platform is not null,
                Platform = platform, GoodsDescription = "Hàng mẫu", GoodsValueVnd = goods, WardCode = ward, ProvinceCode = ward is null ? null : "82",
                TeamCode = team, RecordedBy = "inspector", RecordedAt = day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
            };
            RecordsByKey[key] = r;
            Db.ViolationRecords.Add(r);
        }

        public void Decision(string key, string record, DateOnly day, long fine)
        {
            var r = RecordsByKey[record];
            var d = new PenaltyDecision
            {
                ViolationRecordId = r.Id, ComplaintId = r.ComplaintId, TrackingCode = r.TrackingCode, InstanceId = 1, DecisionNumber = key,
                DecisionDate = day, ReceivedDate = day, FineVnd = fine, IssuedBy = "supervisor", IssuedAt = day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
            };
            Decisions[key] = d;
            Db.PenaltyDecisions.Add(d);
        }

        public void Collection(string decision, DateOnly day, long amount)
        {
            var d = Decisions[decision];
            Db.FineCollections.Add(new FineCollection
            {
                PenaltyDecisionId = d.Id, ComplaintId = d.ComplaintId, TrackingCode = d.TrackingCode, AmountVnd = amount, CollectedDate = day,
                RecordedBy = "inspector", RecordedAt = day.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
            });
        }

        public void Handoff(string agency, string kind, DateTime handed, string status, DateTime? answered, string? outcome) => Db.Handoffs.Add(new Handoff
        {
            ComplaintId = Anchor.Id, TrackingCode = Anchor.TrackingCode, InstanceId = 1, AgencyCode = agency, AgencyKind = kind,
            HandedAt = handed, HandedBy = "supervisor", Status = status, AnsweredAt = answered, AnsweredBy = answered is null ? null : "liaison", Outcome = outcome,
        });

        public void Resolution(string status, DateTime at, bool onTime, double days, string? reason)
        {
            var c = Supported.Dequeue();
            Db.ComplaintResolutions.Add(new ComplaintResolution
            {
                ComplaintId = c.Id, TrackingCode = c.TrackingCode, Status = status, ResolvedAt = at, OnTime = onTime, Days = days, Reason = reason,
            });
        }
    }
}
