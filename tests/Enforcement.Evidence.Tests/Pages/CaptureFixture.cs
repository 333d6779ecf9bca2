using Microsoft.AspNetCore.Builder;
using Enforcement.Evidence.Capture;
using Enforcement.Evidence.Safety;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Tests.Pages;

[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<CaptureFixture>
{
    public const string Name = "chromium";
}

/// <summary>One Chromium (inside one capturer), the test site, and a second site whose port is never allowed.</summary>
public sealed class CaptureFixture : IAsyncLifetime
{
    private readonly List<string> _dirs = [];
    private Task<CapturedPage>? _listing;

    /// <summary>Chromium resolves this name to 127.0.0.1; the rebinding test's guard is told it is public.</summary>
    public const string RebindHost = "rebind.enforcement.test";

    public TestSite Site { get; } = new();
    public TestSite Other { get; } = new();
    internal PlaywrightCapturer Capturer { get; private set; } = null!;
    public string ListingDirectory { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("ENFORCEMENT_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium)) throw new InvalidOperationException($"Chromium not found at {chromium}: install Debian's chromium (scripts/test.sh does it).");
        await Other.StartAsync(app => app.MapGet("/secret", () => TestSite.Html("<p>BÍ MẬT NỘI BỘ</p>")));
        await Site.StartAsync(app => SitePages.Map(app, () => Other.Port));
        var options = Options(null);
        options.ExecutablePath = chromium;
        Capturer = new PlaywrightCapturer(Microsoft.Extensions.Options.Options.Create(options), new TargetGuard(Microsoft.Extensions.Options.Options.Create(options)), TimeProvider.System, null,
            browserArgs: [$"--host-resolver-rules=MAP {RebindHost} 127.0.0.1"]);   // the browser's half of a DNS-rebinding test
    }

    /// <summary>Options for the test site only, quick limits; tweak per test.</summary>
    public EvidenceOptions Options(Action<EvidenceOptions>? tweak)
    {
        var options = new EvidenceOptions
        {
            AllowedTargets = [$"127.0.0.1:{Site.Port}"],
            NavigationTimeoutSeconds = 10,
            CaptureTimeoutSeconds = 60,
            ScrollStepMilliseconds = 100,
            MaxScrollSteps = 20,
            MaxArtifactBytes = 20L * 1024 * 1024,
            MaxCaptureBytes = 100L * 1024 * 1024,
        };
        tweak?.Invoke(options);
        return options;
    }

    public string Url(string path) => Site.BaseUrl + path;

    public string NewDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "evidence-capture-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        lock (_dirs) _dirs.Add(dir);
        return dir;
    }

    public Task<CapturedPage> CaptureAsync(string path, Action<EvidenceOptions>? tweak = null, string? dir = null, string? baseUrl = null, TargetGuard? guard = null)
    {
        var options = Options(tweak);
        return Capturer.CaptureAsync(new CaptureRequest(new Uri((baseUrl ?? Site.BaseUrl) + path), "thanh.tra@example.vn", "VV-2026-0042"),
            dir ?? NewDirectory(), options, guard ?? new TargetGuard(Microsoft.Extensions.Options.Options.Create(options)), CancellationToken.None);
    }

    /// <summary>The listing is captured once and shared by the artifact, listing and WARC tests.</summary>
    public Task<CapturedPage> ListingAsync()
    {
        lock (_dirs)
        {
            if (_listing is null) { ListingDirectory = NewDirectory(); _listing = CaptureAsync("/listing", dir: ListingDirectory); }
            return _listing;
        }
    }

    public async Task DisposeAsync()
    {
        if (Capturer is not null) await Capturer.DisposeAsync();
        await Site.DisposeAsync();
        await Other.DisposeAsync();
        foreach (var dir in _dirs) try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
