using System.Globalization;
using System.Text.Json;

namespace Enforcement.Api.Tests.Reports;

/// <summary>Report JSON flattened to short strings, so a whole breakdown is compared with one literal list.</summary>
internal static class ReportJson
{
    /// <summary>Breakdown rows as "key|label|records|fines|goods".</summary>
    public static string[] Breakdown(this JsonElement rows) => rows.EnumerateArray().Select(r =>
        $"{r.Str("key")}|{r.Str("label")}|{r.Int("records")}|{r.Long("finesImposedVnd")}|{r.Long("goodsValueVnd")}").ToArray();

    /// <summary>Count rows as "key|value" (labels are checked where they matter).</summary>
    public static string[] Counts(this JsonElement rows) => rows.EnumerateArray().Select(r => $"{r.Str("key")}|{r.Int("value")}").ToArray();

    /// <summary>Handoff counts as "sent accepted returned succeeded failed pending rate".</summary>
    public static string Handoffs(this JsonElement h) =>
        $"{h.Int("sent")} {h.Int("accepted")} {h.Int("returned")} {h.Int("succeeded")} {h.Int("failed")} {h.Int("pending")} {h.Num("successRatePercent")}";

    /// <summary>Trend points as "yyyy-MM records/targeted/line".</summary>
    public static string[] Trend(this JsonElement rows) => rows.EnumerateArray().Select(r =>
        $"{r.Str("month")} {r.Int("records")}/{r.Int("targetedRecords")}/{r.Num("targetLine")}").ToArray();

    /// <summary>Ward rows as "code|name|records|targeted|fines|goods|complaints".</summary>
    public static string[] Wards(this JsonElement rows) => rows.EnumerateArray().Select(r =>
        $"{r.Str("wardCode")}|{r.Str("wardName")}|{r.Int("records")}|{r.Int("targetedRecords")}|{r.Long("finesImposedVnd")}|{r.Long("goodsValueVnd")}|{r.Int("complaintsReceived")}").ToArray();

    /// <summary>A comparison as "period records targeted fines goods complaints recordsChange targetedChange".</summary>
    public static string Comparison(this JsonElement c) =>
        $"{c.Str("period")} {c.Int("records")} {c.Int("targetedRecords")} {c.Long("finesImposedVnd")} {c.Long("goodsValueVnd")} {c.Int("complaintsReceived")} {c.Num("recordsChangePercent")} {c.Num("targetedRecordsChangePercent")}";

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
    public static int Int(this JsonElement e, string name) => e.GetProperty(name).GetInt32();
    public static long Long(this JsonElement e, string name) => e.GetProperty(name).GetInt64();

    /// <summary>A nullable number as invariant text, "null" when absent.</summary>
    public static string Num(this JsonElement e, string name) =>
        e.GetProperty(name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble().ToString(CultureInfo.InvariantCulture) : "null";
}
