using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Api.Data.Schema;

/// <summary>One versioned schema script, embedded from Data/Schema/{provider}/NNNN_name.sql.</summary>
internal sealed record SchemaScript(int Version, string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

internal static partial class SchemaScripts
{
    public static IReadOnlyList<SchemaScript> For(string provider)
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var prefix = $"schema/{provider}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n =>
            {
                var match = FileName().Match(n[prefix.Length..]);
                if (!match.Success) throw new InvalidOperationException($"Schema script '{n}' is not named NNNN_name.sql.");
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return new SchemaScript(int.Parse(match.Groups[1].Value), match.Groups[2].Value, reader.ReadToEnd());
            })
            .OrderBy(s => s.Version)
            .ToList();
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
