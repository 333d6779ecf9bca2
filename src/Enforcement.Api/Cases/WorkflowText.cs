using Enforcement.Api.Localization;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Api.Cases;

/// <summary>Labels from definitions and runtime codes, in the request's language.</summary>
internal static class WorkflowText
{
    public static string Label(Dictionary<string, string> text, string fallback) =>
        text.TryGetValue(Text.IsEnglish ? "en" : "vi", out var t) ? t : text.TryGetValue("vi", out var vi) ? vi : fallback;

    public static string Step(WorkflowDefinition d, string stepId) => d.Step(stepId) is { } s ? Label(s.Title, s.Id) : stepId;

    /// <summary>Runtime error codes (required, number, option…) as per-field messages.</summary>
    public static IReadOnlyDictionary<string, string[]> Errors(IReadOnlyDictionary<string, string[]> codes) =>
        codes.ToDictionary(kv => kv.Key, kv => kv.Value.Select(c => Text.Get("workflow.error." + c)).ToArray());

    public static string Reason(string code) => Text.Get("workflow.reason." + code);
}
