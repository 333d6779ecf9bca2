using System.Globalization;
using System.Text.Json.Nodes;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Definitions;
using Enforcement.Workflows.Runtime;

namespace Enforcement.Api.Cases.Detail;

/// <summary>One value of the reviewed work, labelled and written for people (amounts, days, yes/no, option labels).</summary>
public sealed record ReviewValue(string Name, string Label, string Value);

/// <summary>
/// What a task is about when it reviews another's work (its step declares notBy): <c>proposal</c> on the reviewing task, the work
/// to judge; <c>sentBack</c> on the reviewed step's reopened task, the reviewer's reasons. Who, when and the values entered.
/// </summary>
public sealed record ReviewView(string Kind, string Heading, string Step, string Actor, DateTime At, string? Comment, IReadOnlyList<ReviewValue> Values);

internal static class TaskReview
{
    /// <summary>From the case's journal (oldest first): the last completion the task reviews, or the review that sent it back.</summary>
    public static ReviewView? For(WorkflowTask task, WorkflowDefinition definition, IReadOnlyList<WorkflowJournalEntry> journal, FieldOptions options)
    {
        var step = definition.Step(task.StepId)!;
        var completed = journal.Where(j => j.InstanceId == task.InstanceId && j.Kind == JournalKinds.TaskCompleted).ToList();
        if (step.NotBy is { } reviewed && completed.LastOrDefault(j => j.StepId == reviewed) is { } proposal)
            return View("proposal", definition, proposal, options);
        // The last completion is a review of this step whose outcome came back here: the work was sent back.
        if (completed.LastOrDefault() is { StepId: { } last } back && definition.Step(last) is { NotBy: { } of } reviewer && of == step.Id
            && reviewer.Outcomes.Any(o => o.Name == back.Outcome && o.To == step.Id))
            return View("sentBack", definition, back, options);
        return null;
    }

    private static ReviewView View(string kind, WorkflowDefinition definition, WorkflowJournalEntry entry, FieldOptions options)
    {
        var step = definition.Step(entry.StepId!)!;
        var outcome = step.Outcomes.FirstOrDefault(o => o.Name == entry.Outcome);
        var data = entry.Data is null ? [] : JsonNode.Parse(entry.Data)!.AsObject();
        var values = step.Form.Concat(outcome?.Form ?? []).Where(f => data[f.Name] is not null)
            .Select(f => new ReviewValue(f.Name, WorkflowText.Label(f.Label, f.Name), Format(f, data[f.Name]!, options))).ToList();
        return new ReviewView(kind, Text.Get("review." + kind), WorkflowText.Label(step.Title, step.Id), entry.Actor ?? "", entry.At, entry.Comment, values);
    }

    private static string Format(FieldDefinition f, JsonNode value, FieldOptions options)
    {
        var text = value.ToString();
        return f.Type switch
        {
            "number" when value is JsonValue v && v.TryGetValue<long>(out var n) => n.ToString("N0", CultureInfo.GetCultureInfo(Text.IsEnglish ? "en-US" : "vi-VN")),
            "boolean" when value is JsonValue v && v.TryGetValue<bool>(out var b) => b ? Text.Pick("Có", "Yes") : Text.Pick("Không", "No"),
            "date" when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
            "choice" => options.For(f).FirstOrDefault(o => o.Value == text) is { } o ? WorkflowText.Label(new(o.Label), text) : text,
            _ => text,
        };
    }
}
