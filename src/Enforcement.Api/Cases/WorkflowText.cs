using System.Globalization;
using Enforcement.Api.Localization;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Api.Cases;

/// <summary>Labels from definitions and runtime codes, in the request's language.</summary>
internal static class WorkflowText
{
    public static string Label(Dictionary<string, string> text, string fallback) =>
        text.TryGetValue(Text.IsEnglish ? "en" : "vi", out var t) ? t : text.TryGetValue("vi", out var vi) ? vi : fallback;

    public static string Step(WorkflowDefinition d, string stepId) => d.Step(stepId) is { } s ? Label(s.Title, s.Id) : stepId;

    /// <summary>Runtime and record-check error codes (required, number, option, fine_range|min|max…) as per-field messages.</summary>
    public static IReadOnlyDictionary<string, string[]> Errors(IReadOnlyDictionary<string, string[]> codes) =>
        codes.ToDictionary(kv => kv.Key, kv => kv.Value.Select(Message).ToArray());

    /// <summary>A code's message; arguments after '|' fill it, amounts written the reader's way (10.000.000 or 10,000,000).</summary>
    private static string Message(string code)
    {
        var parts = code.Split('|');
        if (parts.Length == 1) return Text.Get("workflow.error." + code);
        var numbers = CultureInfo.GetCultureInfo(Text.IsEnglish ? "en-US" : "vi-VN");
        var args = parts[1..].Select(a => long.TryParse(a, CultureInfo.InvariantCulture, out var n) ? n.ToString("N0", numbers) : a).ToArray<object>();
        return string.Format(CultureInfo.InvariantCulture, Text.Get("workflow.error." + parts[0]), args);
    }

    public static string Reason(string code) => Text.Get("workflow.reason." + code);
}
