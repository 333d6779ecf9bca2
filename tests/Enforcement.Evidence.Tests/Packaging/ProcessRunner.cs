using System.Diagnostics;

namespace Enforcement.Evidence.Tests.Packaging;

/// <summary>Runs a real command line, as a recipient would, and captures what it prints.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A command line exactly as README.txt prints it, run by the shell.</summary>
    public static Task<(int ExitCode, string Output)> ShellAsync(string commandLine, string workingDirectory) =>
        RunAsync("/bin/sh", ["-c", commandLine], workingDirectory);
}
