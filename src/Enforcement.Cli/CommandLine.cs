namespace Enforcement.Cli;

/// <summary>Dispatches <c>enforcement &lt;command&gt; ...</c>; exit 2 for anything it does not understand.</summary>
internal static class CommandLine
{
    public const string Usage = "Cách dùng: enforcement verify <gói.zip | mã-chứng-cứ> [--content-root <thư mục ứng dụng>] [--Khóa=Giá-trị ...]";

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (args.Length >= 2 && args[0] == "verify")
        {
            // The app's folder: where its appsettings.json and data/ live (the app's working directory by default).
            var rest = args[2..].ToList();
            var contentRoot = Environment.GetEnvironmentVariable("ENFORCEMENT_CONTENT_ROOT") ?? Directory.GetCurrentDirectory();
            var at = rest.IndexOf("--content-root");
            if (at >= 0 && at + 1 < rest.Count)
            {
                contentRoot = rest[at + 1];
                rest.RemoveRange(at, 2);
            }
            return VerifyCommand.RunAsync(args[1], contentRoot, [.. rest], output, error, ct);
        }

        error.WriteLine(Usage);
        return Task.FromResult(VerifyCommand.Usage);
    }
}
