namespace Enforcement.Api.Tests.Deployment;

internal static class Repository
{
    /// <summary>The folder holding Enforcement.sln, found upwards from the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Enforcement.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException($"No Enforcement.sln above {AppContext.BaseDirectory}.");
    }
}
