namespace Enforcement.Evidence.Tests.Packaging;

/// <summary>
/// A test that needs npm's warcio (an independent WARC reader) at &lt;repo&gt;/.tools/warcio, which scripts/test.sh installs;
/// skipped, with the reason shown, where it is not installed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class WarcioFactAttribute : FactAttribute
{
    public WarcioFactAttribute()
    {
        if (Cli is null)
        {
            Skip = "warcio is not installed: npm install --prefix <repo>/.tools/warcio warcio";
        }
    }

    public static string? Cli { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var cli = Path.Combine(dir.FullName, ".tools", "warcio", "node_modules", "warcio", "dist", "cli.js");
            if (File.Exists(cli))
            {
                return cli;
            }
        }

        return null;
    }
}
