using Microsoft.Playwright;

namespace Enforcement.Evidence.Capture;

/// <summary>
/// One shared Chromium per app instance, launched on first use and relaunched when it has died;
/// a semaphore keeps at most PoolSize contexts open at once.
/// </summary>
internal sealed class BrowserHost(string executablePath, int poolSize, IReadOnlyList<string>? extraArgs = null) : IAsyncDisposable
{
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
        // Frames stay in the page's process, so the page's Fetch interception (the SSRF guard) sees their requests,
        // redirect hops included; with site isolation on, an image hop inside a cross-site frame escaped it (tested).
        "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process",
    ];

    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly SemaphoreSlim _slots = new(poolSize, poolSize);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<IDisposable> AcquireSlotAsync(CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        return new Slot(_slots);
    }

    public async Task<IBrowser> GetBrowserAsync(CancellationToken ct)
    {
        if (_browser is { IsConnected: true } live) return live;
        await _launch.WaitAsync(ct);
        try
        {
            if (_browser is { IsConnected: true } raced) return raced;
            if (!File.Exists(executablePath))
                throw new CaptureFailedException($"Không tìm thấy trình duyệt Chromium tại {executablePath}", retryable: false);
            if (_browser is not null) { await SafeCloseAsync(_browser); _browser = null; }   // crashed: start afresh
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = executablePath, Headless = true, Args = [.. Args, .. extraArgs ?? []], Timeout = 60_000 });
            return _browser;
        }
        finally { _launch.Release(); }
    }

    /// <summary>Drops a browser that stopped answering, so the next capture launches a new one.</summary>
    public async Task DiscardAsync(IBrowser browser)
    {
        await _launch.WaitAsync();
        try
        {
            if (ReferenceEquals(_browser, browser)) _browser = null;
        }
        finally { _launch.Release(); }
        await SafeCloseAsync(browser);
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await SafeCloseAsync(_browser);
        _playwright?.Dispose();
    }

    private static async Task SafeCloseAsync(IBrowser browser)
    {
        try { await browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(10)); }
        catch (Exception) { /* already gone */ }
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;
        public void Dispose() { if (Interlocked.Exchange(ref _released, 1) == 0) slots.Release(); }
    }
}
