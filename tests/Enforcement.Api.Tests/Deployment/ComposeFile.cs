using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Enforcement.Api.Tests.Deployment;

/// <summary>The repository's docker-compose.yml, read as Docker Compose reads it.</summary>
internal static partial class ComposeFile
{
    public static string Path => System.IO.Path.Combine(Repository.Root, "docker-compose.yml");

    /// <summary>The <c>app</c> service's environment as written (a map or a list of KEY=value).</summary>
    public static IReadOnlyDictionary<string, string?> AppEnvironment()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var app = (YamlMappingNode)((YamlMappingNode)root["services"])["app"];
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        switch (app["environment"])
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children) result.Add(((YamlScalarNode)key).Value!, ((YamlScalarNode)value).Value);
                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children.Cast<YamlScalarNode>().Select(i => i.Value!))
                    result.Add(item.Split('=')[0], item.Contains('=', StringComparison.Ordinal) ? item[(item.IndexOf('=', StringComparison.Ordinal) + 1)..] : null);
                break;
        }
        return result;
    }

    /// <summary>
    /// Compose's interpolation without the caller's shell: <c>${VAR:-default}</c> takes the default,
    /// <c>${VAR:?message}</c> (required) takes <paramref name="required"/>, <c>${VAR}</c> is empty, <c>$$</c> is <c>$</c>.
    /// </summary>
    public static string Interpolate(string value, Func<string, string> required) =>
        Variable().Replace(value, m => m.Value == "$$" ? "$"
            : m.Groups["op"].Value.EndsWith('?') ? required(m.Groups["name"].Value)
            : m.Groups["op"].Value.EndsWith('-') ? m.Groups["arg"].Value
            : "");

    [GeneratedRegex(@"\$\$|\$\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:(?<op>:?[-?])(?<arg>[^}]*))?\}")]
    private static partial Regex Variable();
}
