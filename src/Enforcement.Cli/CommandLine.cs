namespace Enforcement.Cli;

/// <summary>Dispatches <c>enforcement &lt;command&gt; ...</c>; exit 2 for anything it does not understand.</summary>
internal static class CommandLine
{
    public const string Usage = "Cách dùng: enforcement verify <gói.zip>";

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (args.Length == 2 && args[0] == "verify")
        {
            return VerifyCommand.RunAsync(args[1], output, error, ct);
        }

        error.WriteLine(Usage);
        return Task.FromResult(VerifyCommand.Usage);
    }
}
