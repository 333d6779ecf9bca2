namespace Enforcement.Cli;

/// <summary>Dispatches <c>enforcement &lt;command&gt; ...</c>; exit 2 for anything it does not understand.</summary>
internal static class CommandLine
{
    public const string Usage = """
        Cách dùng:
          enforcement verify <gói.zip | mã-chứng-cứ> [--content-root <thư mục ứng dụng>] [--Khóa=Giá-trị ...]
          enforcement listings import <tệp> [--format ndjson|csv] [--content-root <thư mục ứng dụng>] [--Khóa=Giá-trị ...]
          enforcement search reindex [--content-root <thư mục ứng dụng>] [--Khóa=Giá-trị ...]
        """;

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (args.Length >= 2 && args[0] == "verify")
        {
            var rest = args[2..].ToList();
            var contentRoot = Take(rest, "--content-root") ?? DefaultContentRoot;
            return VerifyCommand.RunAsync(args[1], contentRoot, [.. rest], output, error, ct);
        }
        if (args.Length >= 3 && args[0] == "listings" && args[1] == "import")
        {
            var rest = args[3..].ToList();
            var contentRoot = Take(rest, "--content-root") ?? DefaultContentRoot;
            var format = Take(rest, "--format");
            return Enforcement.Api.Listings.Import.ListingCommands.ImportAsync(args[2], format, contentRoot, [.. rest], output, error, ct);
        }
        if (args.Length >= 2 && args[0] == "search" && args[1] == "reindex")
        {
            var rest = args[2..].ToList();
            var contentRoot = Take(rest, "--content-root") ?? DefaultContentRoot;
            return Enforcement.Api.Listings.Indexing.SearchCommands.ReindexAsync(contentRoot, [.. rest], output, error, ct);
        }

        error.WriteLine(Usage);
        return Task.FromResult(VerifyCommand.Usage);
    }

    /// <summary>The app's folder: where its appsettings.json and data/ live (the app's working directory by default).</summary>
    private static string DefaultContentRoot => Environment.GetEnvironmentVariable("ENFORCEMENT_CONTENT_ROOT") ?? Directory.GetCurrentDirectory();

    /// <summary>Removes "--name value" from the arguments and returns the value.</summary>
    private static string? Take(List<string> args, string name)
    {
        var at = args.IndexOf(name);
        if (at < 0 || at + 1 >= args.Count) return null;
        var value = args[at + 1];
        args.RemoveRange(at, 2);
        return value;
    }
}
