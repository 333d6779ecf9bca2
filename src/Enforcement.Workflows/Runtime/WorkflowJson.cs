using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Enforcement.Workflows.Runtime;

/// <summary>Variables and journal data as stored: Vietnamese letters as UTF-8, not as six-character \uXXXX escapes.</summary>
public static class WorkflowJson
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), WriteIndented = false };

    public static string Write(JsonNode node) => node.ToJsonString(Options);
}
