using System.Globalization;
using System.Text.Json.Nodes;
using Enforcement.Api.Cases.Dossiers;
using Enforcement.Api.Infrastructure;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases.Detail;

/// <summary>
/// The journal in words: step, outcome and field labels from the definition in the reader's language, choices by their labels,
/// people by name and role, Vietnam time. The codes stay on the entry for programs.
/// </summary>
internal sealed class CaseTimeline(IReadOnlyDictionary<long, WorkflowDefinition> defs, FieldOptions options, CasePeople people, IReadOnlyList<Dossier> dossiers)
{
    public TimelineEntry Entry(WorkflowJournalEntry j)
    {
        var d = defs[j.InstanceId];
        var step = j.StepId is { } id ? d.Step(id) : null;
        var data = j.Data is null ? [] : JsonNode.Parse(j.Data)!.AsObject();
        var (outcome, details, note) = j.Kind switch
        {
            JournalKinds.Started => (WorkflowText.Label(d.Title, d.Id), [], j.Comment),
            JournalKinds.TaskCreated => (null, Assignment(data), j.Comment),
            JournalKinds.TaskCompleted => (step?.Outcomes.FirstOrDefault(o => o.Name == j.Outcome) is { } o ? WorkflowText.Label(o.Label, o.Name) : null,
                Values(data, [.. step?.Form ?? [], .. step?.Outcomes.FirstOrDefault(o => o.Name == j.Outcome)?.Form ?? []], d), j.Comment),
            JournalKinds.Signal => (d.Signals.FirstOrDefault(s => s.Name == j.Outcome) is { } s ? WorkflowText.Label(s.Label, s.Name) : null,
                Values(data, d.Signals.FirstOrDefault(s => s.Name == j.Outcome)?.Form ?? [], d), j.Comment),
            JournalKinds.Assigned => (people.Describe(j.Outcome), Person(Text.Pick("Trước đó", "Before"), data["from"]), j.Comment),
            JournalKinds.Decided => (j.Outcome is { } next ? WorkflowText.Step(d, next) : null, Why(j.Comment, d), null),
            JournalKinds.Handoff => (people.Agency(j.Outcome), Handoff(j), null),
            JournalKinds.DeadlineExpired => (j.Outcome is { } to ? WorkflowText.Step(d, to) : null, Expired(data), j.Comment),
            JournalKinds.Extended => (Text.Pick($"thêm {j.Outcome?.TrimStart('+')} ngày", $"{j.Outcome?.TrimStart('+')} more days"),
                [.. Due(Text.Pick("Hạn cũ", "Previous deadline"), data["from"]), .. Due(Text.Pick("Hạn mới", "New deadline"), data["to"])], j.Comment),
            JournalKinds.Migrated => (Text.Pick($"phiên bản {data["from"]} → phiên bản {data["to"]}", $"version {data["from"]} → version {data["to"]}"), [], j.Comment),
            JournalKinds.Incident or JournalKinds.IncidentRetried or JournalKinds.IncidentCancelled =>
                (j.Outcome == TimerKinds.Deadline ? Text.Pick("hạn nhiệm vụ", "task deadline") : Text.Pick("hẹn giờ", "timer"), [], j.Comment),
            _ => ((string?)null, new List<TimelineDetail>(), j.Comment),
        };
        return new TimelineEntry(j.Id, j.InstanceId, d.Id, j.At, j.Kind, Text.Get("journal." + j.Kind), j.StepId, step is null ? null : WorkflowText.Label(step.Title, step.Id),
            j.Actor, j.Outcome, j.Comment, Raw(data))
        {
            ActorName = people.Describe(j.Actor), OutcomeLabel = outcome, Details = details, Note = note,
        };
    }

    /// <summary>The form's values in the form's order; a value no field of the process declares (an older version's) is left out.</summary>
    private List<TimelineDetail> Values(JsonObject data, IReadOnlyList<FieldDefinition> form, WorkflowDefinition d)
    {
        var all = form.Concat(Fields(d)).ToList();
        return data.Select(kv => (Field: all.FirstOrDefault(f => f.Name == kv.Key), kv.Value))
            .Where(x => x.Field is not null && x.Value is not null)
            .Select(x => new TimelineDetail(WorkflowText.Label(x.Field!.Label, x.Field.Name), Value(x.Field, x.Value!))).ToList();
    }

    private string Value(FieldDefinition f, JsonNode value)
    {
        var text = value.ToString();
        switch (f.Type)
        {
            case "boolean":
                return value is JsonValue b && b.TryGetValue<bool>(out var on) && on ? Text.Pick("Có", "Yes") : Text.Pick("Không", "No");
            case "date" when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day):
                return day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            case "number" when value is JsonValue n && n.TryGetValue<long>(out var number):
                return number.ToString("N0", CultureInfo.GetCultureInfo(Text.IsEnglish ? "en-US" : "vi-VN"));
            case "choice":
                var option = options.For(f).FirstOrDefault(o => o.Value == text);
                // Options without labels of their own are agency codes (the referral's receiver): those read as the agency's name.
                var label = option is null ? text : WorkflowText.Label(new(option.Label), text);
                return label == text && people.IsAgency(text) ? people.Agency(text) : label;
            default:
                return text;
        }
    }

    private List<TimelineDetail> Assignment(JsonObject data)
    {
        var who = string.Join(" · ", new[] { data["agency"]?.ToString() is { } a ? people.Agency(a) : null, data["role"]?.ToString() is { } r ? Text.Role(r) : null }.OfType<string>());
        return [.. who.Length > 0 ? [new TimelineDetail(Text.Pick("Giao cho", "For"), who)] : Array.Empty<TimelineDetail>(), .. Due(Text.Pick("Hạn", "Due"), data["dueAt"])];
    }

    private List<TimelineDetail> Expired(JsonObject data) =>
        [.. Due(Text.Pick("Hạn", "Due"), data["dueAt"]), .. data["escalateTo"]?.ToString() is { } role ? [new TimelineDetail(Text.Pick("Báo cáo", "Escalated to"), Text.Role(role))] : Array.Empty<TimelineDetail>()];

    /// <summary>A deadline is the end of its last day: shown as that Vietnam calendar day, not the midnight after it.</summary>
    private static List<TimelineDetail> Due(string label, JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<DateTime>(out var due)
            ? [new TimelineDetail(label, VietnamTime.ToLocal(due.ToUniversalTime().AddTicks(-1)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))]
            : [];

    private List<TimelineDetail> Person(string label, JsonNode? user) =>
        user?.ToString() is { Length: > 0 } name ? [new TimelineDetail(label, people.Describe(name))] : [];

    /// <summary>A rule's "violationFound = true" as "Violation found: Yes"; "otherwise" as no rule matched.</summary>
    private List<TimelineDetail> Why(string? comment, WorkflowDefinition d)
    {
        var label = Text.Pick("Căn cứ", "Because");
        if (comment is null) return [];
        if (comment == "otherwise") return [new TimelineDetail(label, Text.Pick("không điều kiện nào khớp", "no rule matched"))];
        var parts = comment.Split(" = ", 2);
        return Fields(d).FirstOrDefault(f => f.Name == parts[0]) is { } field && parts.Length == 2
            ? [new TimelineDetail(label, $"{WorkflowText.Label(field.Label, field.Name)}: {Value(field, JsonValueOf(field, parts[1]))}")]
            : [];
    }

    private static JsonNode JsonValueOf(FieldDefinition f, string text) =>
        f.Type == "boolean" && bool.TryParse(text, out var b) ? JsonValue.Create(b)
        : f.Type == "number" && long.TryParse(text, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n)
        : JsonValue.Create(text);

    /// <summary>A handoff with its dossier: the sender's reason and whether the complainant's contact went with it, and why.</summary>
    private List<TimelineDetail> Handoff(WorkflowJournalEntry j)
    {
        var dossier = dossiers.LastOrDefault(x => x.AgencyCode == j.Outcome && x.StepId == j.StepId && x.SentAt <= j.At);
        if (dossier is null) return [];
        var details = new List<TimelineDetail>();
        if (dossier.Reason is { } reason) details.Add(new(Text.Pick("Lý do chuyển", "Reason"), reason));
        details.Add(new(Text.Pick("Thông tin liên hệ của người phản ánh", "The complainant's contact"), dossier.ContactShared
            ? Text.Pick($"được chia sẻ – mục đích: {dossier.SharePurpose}", $"shared – purpose: {dossier.SharePurpose}")
            : Text.Pick("không chia sẻ", "not shared")));
        return details;
    }

    private static IEnumerable<FieldDefinition> Fields(WorkflowDefinition d) =>
        d.Steps.SelectMany(s => s.Form.Concat(s.Outcomes.SelectMany(o => o.Form))).Concat(d.Signals.SelectMany(s => s.Form));

    private static Dictionary<string, string?> Raw(JsonObject data) => data.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString());
}
