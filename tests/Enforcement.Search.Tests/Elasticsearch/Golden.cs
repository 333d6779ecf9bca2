using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Enforcement.Search.Tests.Elasticsearch;

/// <summary>The expected requests and the sample responses kept beside this file (read from the source tree).</summary>
internal static class Golden
{
    public static string Read(string folder, string name) => File.ReadAllText(Path.Combine(Here(), folder, name));

    public static JsonNode Request(string name) => JsonNode.Parse(Read("Requests", name))!;

    /// <summary>Compares as JSON (member order and whitespace aside), showing both sides when they differ.</summary>
    public static void AssertJson(JsonNode expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected:\n{expected.ToJsonString()}\nactual:\n{actual.ToJsonString()}");

    public static void AssertJson(JsonNode expected, string actual) => AssertJson(expected, JsonNode.Parse(actual)!);

    private static string Here([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
