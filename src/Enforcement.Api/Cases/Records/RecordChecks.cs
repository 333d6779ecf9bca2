using System.Text.Json.Nodes;
using Enforcement.Api.Complaints;
using Enforcement.Api.Infrastructure;

namespace Enforcement.Api.Cases.Records;

/// <summary>
/// What a record must satisfy before it is written: dates not in the future (Vietnam today) nor before the complaint
/// arrived, in their legal order (record → decision → receipt, collection), and a fine within the violation's range.
/// Errors are codes (Localization: workflow.error.*); a range carries its bounds ("fine_range|min|max").
/// </summary>
internal static class RecordChecks
{
    public static Dictionary<string, string[]> ViolationRecord(JsonObject values, Complaint complaint, DateTime now)
    {
        var errors = new Dictionary<string, string[]>();
        CheckDate(values, "recordDate", complaint, now, null, null, errors);
        if (values.Text("platform") is not null && !values.Bool("online")) errors["platform"] = ["platform_needs_online"];
        return errors;
    }

    public static Dictionary<string, string[]> PenaltyDecision(JsonObject values, Complaint complaint, ViolationRecord? record, Violation? violation,
        int organisationMultiplier, DateTime now)
    {
        var errors = new Dictionary<string, string[]>();
        CheckDate(values, "decisionDate", complaint, now, record?.RecordDate, "before_record", errors);
        CheckDate(values, "decisionReceivedDate", complaint, now, values.Date("decisionDate"), "before_decision", errors);
        if (values.Long("fineVnd") is { } fine && record is not null && violation is not null)
        {
            var (min, max) = violation.FineRange(record.OffenderType, organisationMultiplier);
            var code = record.OffenderType == OffenderTypes.Organisation ? "fine_range_organisation" : "fine_range";
            if (fine < min || fine > max) errors["fineVnd"] = [$"{code}|{min}|{max}"];
        }
        return errors;
    }

    public static Dictionary<string, string[]> FineCollected(JsonObject values, Complaint complaint, PenaltyDecision? decision, DateTime now)
    {
        var errors = new Dictionary<string, string[]>();
        CheckDate(values, "collectedDate", complaint, now, decision?.DecisionDate, "before_decision", errors);
        if (values.Long("amountVnd") is <= 0) errors["amountVnd"] = ["positive"];
        return errors;
    }

    private static void CheckDate(JsonObject values, string field, Complaint complaint, DateTime now, DateOnly? notBefore, string? notBeforeCode,
        Dictionary<string, string[]> errors)
    {
        if (values.Date(field) is not { } date) return;
        if (date > DateOnly.FromDateTime(VietnamTime.ToLocal(now))) errors[field] = ["future_date"];
        else if (date < DateOnly.FromDateTime(VietnamTime.ToLocal(complaint.SubmittedAt))) errors[field] = ["before_submission"];
        else if (notBefore is { } earliest && date < earliest) errors[field] = [notBeforeCode!];
    }
}
