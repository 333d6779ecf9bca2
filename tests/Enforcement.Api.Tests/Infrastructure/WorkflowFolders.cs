namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>Copies of the repository's workflows/ folder, edited for one test.</summary>
internal static class WorkflowFolders
{
    public static string Repo([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (!File.Exists(Path.Combine(dir!.FullName, "Enforcement.sln"))) dir = dir.Parent;
        return Path.Combine(dir.FullName, "workflows");
    }

    /// <summary>A copy with <paramref name="file"/> edited, and any extra files added.</summary>
    public static string CopyWith(string file, Func<string, string> edit, params (string Name, string Text)[] extra)
    {
        var repo = Repo();
        var folder = Directory.CreateTempSubdirectory("wf-copy-").FullName;
        foreach (var source in Directory.GetFiles(repo, "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(repo, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(source);
            File.WriteAllText(target, Path.GetFileName(source) == file ? edit(text) : text);
        }
        foreach (var (name, text) in extra) File.WriteAllText(Path.Combine(folder, name), text);
        return folder;
    }
}
