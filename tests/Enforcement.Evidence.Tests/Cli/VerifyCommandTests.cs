using Enforcement.Cli;
using Enforcement.Evidence.Tests.Packaging;

namespace Enforcement.Evidence.Tests.Cli;

public sealed class VerifyCommandTests : IAsyncLifetime
{
    private FakeCapture capture = null!;
    private string good = null!;
    private string tampered = null!;

    public async Task InitializeAsync()
    {
        capture = await FakeCapture.CreateAsync();
        good = await capture.WritePackageAsync();
        tampered = FakeCapture.Rewrite(good, "artifacts/screenshot.png", b => FakeCapture.FlipByte(b, 4));
    }

    public Task DisposeAsync()
    {
        capture.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_good_package_prints_Hop_le_and_exits_0()
    {
        var (code, output, _) = await RunAsync("verify", good);
        Assert.Equal(0, code);
        Assert.Equal("Hợp lệ", output.Trim());
    }

    [Fact]
    public async Task A_tampered_package_prints_each_problem_on_its_own_line_and_exits_1()
    {
        var (code, output, _) = await RunAsync("verify", tampered);

        Assert.Equal(1, code);
        Assert.Equal(
            ["Tệp artifacts/screenshot.png: SHA-256 không khớp SHA256SUMS", "Tệp screenshot.png (png): SHA-256 không khớp"],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Usage_a_missing_file_and_a_non_zip_exit_2()
    {
        Assert.Equal(2, (await RunAsync()).Code);
        Assert.Equal(2, (await RunAsync("check", good)).Code);
        var missing = await RunAsync("verify", Path.Combine(capture.Directory, "none.zip"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("Không tìm thấy tệp", missing.Error, StringComparison.Ordinal);
        var notZip = Path.Combine(capture.Directory, "not-a-zip.zip");
        await File.WriteAllTextAsync(notZip, "hello");
        var unreadable = await RunAsync("verify", notZip);
        Assert.Equal(2, unreadable.Code);
        Assert.Contains("Không đọc được gói", unreadable.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_target_that_is_neither_a_file_nor_a_capture_number_exits_2()
    {
        // Capture numbers are verified against the app's database: tests/Enforcement.Api.Tests/Evidence.
        var (code, output, error) = await RunAsync("verify", "3f2b8c1e-0000-4000-8000-000000000001");
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("Không tìm thấy tệp 3f2b8c1e-0000-4000-8000-000000000001", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_built_enforcement_dll_runs_as_a_process()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "enforcement.dll");
        Assert.True(File.Exists(dll), dll);

        var ok = await ProcessRunner.RunAsync("dotnet", [dll, "verify", good], capture.Directory);
        Assert.Equal(0, ok.ExitCode);
        Assert.Equal("Hợp lệ", ok.Output.Trim());

        var bad = await ProcessRunner.RunAsync("dotnet", [dll, "verify", tampered], capture.Directory);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("Tệp screenshot.png (png): SHA-256 không khớp", bad.Output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
