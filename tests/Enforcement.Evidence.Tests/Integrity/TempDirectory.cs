namespace Enforcement.Evidence.Tests.Integrity;

/// <summary>A fresh directory per test, removed afterwards (read-only blobs included).</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "evidence-tests-" + Guid.NewGuid().ToString("N"));

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);   // read-only files go too: only the directory's mode matters on Unix
        }
        catch (IOException)
        {
        }
    }
}
