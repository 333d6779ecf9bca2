using System.Security.Cryptography.X509Certificates;
using Enforcement.Evidence.Integrity;
using Enforcement.Evidence.Packaging;
using Enforcement.Evidence.Tests.Integrity;

namespace Enforcement.Evidence.Tests.Packaging;

public sealed class TimestampedPackageTests : IAsyncLifetime
{
    private FakeCapture capture = null!;
    private LoopbackTsa tsa = null!;

    public async Task InitializeAsync()
    {
        capture = await FakeCapture.CreateAsync();
        tsa = await LoopbackTsa.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await tsa.DisposeAsync();
        capture.Dispose();
    }

    [Fact]
    public async Task A_token_over_manifest_json_verifies_in_the_package_and_with_openssl_ts()
    {
        using var http = new HttpClient();
        var token = await new TimestampClient(http).StampAsync(tsa.Url, capture.Input.ManifestJson, CancellationToken.None);
        var zip = await capture.WritePackageAsync(capture.Input with { Timestamp = token });

        await using (var stream = File.OpenRead(zip))
        {
            var result = await EvidencePackage.VerifyAsync(stream, CancellationToken.None);
            Assert.True(result.Valid, string.Join("\n", result.Problems));
        }

        var dir = capture.Unzip(zip);
        await File.WriteAllTextAsync(Path.Combine(dir, "tsa.pem"), tsa.Certificate.ExportCertificatePem());
        var readme = await File.ReadAllTextAsync(Path.Combine(dir, "README.txt"));
        var command = readme.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("openssl ts ", StringComparison.Ordinal));
        var ok = await ProcessRunner.ShellAsync(command.Replace("<chứng thư TSA>", "tsa.pem", StringComparison.Ordinal), dir);
        Assert.True(ok.ExitCode == 0, ok.Output);
        Assert.Contains("Verification: OK", ok.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_over_other_bytes_is_named()
    {
        using var http = new HttpClient();
        var token = await new TimestampClient(http).StampAsync(tsa.Url, "not the manifest"u8.ToArray(), CancellationToken.None);
        var zip = await capture.WritePackageAsync(capture.Input with { Timestamp = token });

        await using var stream = File.OpenRead(zip);
        var result = await EvidencePackage.VerifyAsync(stream, CancellationToken.None);

        Assert.Equal(["timestamp.tsr: dấu thời gian không hợp lệ hoặc không dành cho manifest.json"], result.Problems);
    }
}
