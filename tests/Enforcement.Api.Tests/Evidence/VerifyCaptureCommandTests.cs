using Enforcement.Api.Evidence.Verify;

namespace Enforcement.Api.Tests.Evidence;

/// <summary><c>enforcement verify &lt;id&gt;</c> run from the wrong folder says so; it never makes up an empty database.</summary>
public sealed class VerifyCaptureCommandTests
{
    [Fact]
    public async Task Outside_the_apps_folder_it_names_the_missing_database_and_creates_none()
    {
        var folder = Directory.CreateTempSubdirectory("enf-cli-").FullName;
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await EvidenceCommands.VerifyCaptureAsync(1, folder, [], output, error, CancellationToken.None);

        Assert.Equal(EvidenceCommands.Usage, exit);
        Assert.Contains($"Không có cơ sở dữ liệu {Path.Combine(folder, "data", "enforcement.db")}", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
        Assert.False(File.Exists(Path.Combine(folder, "data", "enforcement.db")));
        Directory.Delete(folder, recursive: true);
    }
}
