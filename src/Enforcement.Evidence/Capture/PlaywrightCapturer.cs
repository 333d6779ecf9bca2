using System.Text;
using System.Text.Json;
using Enforcement.Evidence.Listings;
using Enforcement.Evidence.Safety;
using Enforcement.Evidence.Warc;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Enforcement.Evidence.Capture;

/// <summary>
/// Captures a page with Debian's Chromium through Playwright: guard, navigate, dismiss consent, scroll,
/// then PNG, PDF, MHTML, DOM, text, HAR and a WARC of every response, all bounded by the options' limits.
/// </summary>
internal sealed class PlaywrightCapturer(IOptions<EvidenceOptions> options, TargetGuard guard, TimeProvider time,
    ILogger<PlaywrightCapturer>? logger, IReadOnlyList<PlatformRule>? rules = null, IReadOnlyList<string>? browserArgs = null) : IWebCapturer, IAsyncDisposable
{
    private static readonly TimeSpan CloseLimit = TimeSpan.FromSeconds(15);
    private readonly IReadOnlyList<PlatformRule> _rules = rules ?? PlatformRules.Default;

    internal BrowserHost Host { get; } = new(options.Value.ExecutablePath, options.Value.PoolSize, browserArgs);

    /// <summary>Tests only: lets a self-signed test server be captured. Never set in the app.</summary>
    internal bool IgnoreHttpsErrors { get; set; }

    public Task<CapturedPage> CaptureAsync(CaptureRequest request, string workDirectory, CancellationToken ct) =>
        CaptureAsync(request, workDirectory, options.Value, guard, ct);

    /// <summary>Per-capture options (limits, allowlist); the browser itself follows the registered options.</summary>
    internal async Task<CapturedPage> CaptureAsync(CaptureRequest request, string workDirectory, EvidenceOptions opts, TargetGuard targetGuard, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var capture = CancellationTokenSource.CreateLinkedTokenSource(ct);
        capture.CancelAfter(TimeSpan.FromSeconds(opts.CaptureTimeoutSeconds));
        TargetDecision decision;
        try { decision = await targetGuard.CheckAsync(request.Url, capture.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new CaptureFailedException($"Quá thời gian chờ {opts.CaptureTimeoutSeconds} giây cho toàn bộ việc thu thập", retryable: true);
        }
        if (!decision.Allowed) throw new CaptureFailedException(decision.Reason!, retryable: false);
        var started = time.GetUtcNow();
        IDisposable? slot = null;
        IBrowser? browser = null;
        IBrowserContext? context = null;
        WarcWriter? warc = null;
        CaptureSession? session = null;
        try
        {
            slot = await Host.AcquireSlotAsync(capture.Token);
            browser = await Host.GetBrowserAsync(capture.Token);
            warc = await WarcWriter.CreateAsync(Path.Combine(workDirectory, "capture.warc"), time, new Dictionary<string, string>
            {
                ["software"] = $"Enforcement.Evidence; Chromium {browser.Version}",
                ["format"] = "WARC File Format 1.1",
                ["conformsTo"] = "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            }, capture.Token);
            context = await browser.NewContextAsync(new()
            {
                AcceptDownloads = false,   // a download is logged and cancelled, never saved
                ViewportSize = new() { Width = opts.ViewportWidth, Height = opts.ViewportHeight },
                Locale = "vi-VN",
                TimezoneId = "Asia/Ho_Chi_Minh",
                RecordHarPath = Path.Combine(workDirectory, "network.har"),
                RecordHarContent = HarContentPolicy.Omit,   // bodies live in the WARC, with digests
                ServiceWorkers = ServiceWorkerPolicy.Block, // their requests would bypass routing, hence the guard
                IgnoreHTTPSErrors = IgnoreHttpsErrors,
            }).WaitAsync(capture.Token);
            context.SetDefaultTimeout(opts.NavigationTimeoutSeconds * 1000f);
            session = new CaptureSession(opts, targetGuard, warc, time, capture);
            var page = await context.NewPageAsync().WaitAsync(capture.Token);
            page.Crash += (_, _) => session.Fail("Trình duyệt gặp sự cố khi hiển thị trang", retryable: true);
            session.Attach(page);
            await session.InterceptAsync(context, page).WaitAsync(capture.Token);
            await session.RouteAsync(context);
            await session.RouteWebSocketsAsync(context);

            var shot = await ShootAsync(page, request, workDirectory, opts, session, capture.Token);
            await session.DrainAsync(TimeSpan.FromSeconds(10));
            session.ThrowIfFailed();
            await CloseAsync(browser, context);   // writes the HAR
            context = null;

            foreach (var (kind, file, media) in new[] { ("screenshot", "screenshot.png", "image/png"), ("pdf", "page.pdf", "application/pdf"), ("mhtml", "page.mhtml", "multipart/related") })
                await warc.WriteResourceAsync($"urn:enforcement:{kind}:{shot.FinalUrl}", media, await File.ReadAllBytesAsync(Path.Combine(workDirectory, file), capture.Token), capture.Token);
            await warc.DisposeAsync();
            warc = null;

            var files = Files(workDirectory);
            var total = files.Sum(f => new FileInfo(f.Path).Length);
            if (total > opts.MaxCaptureBytes)
                throw new CaptureFailedException($"Bằng chứng vượt quá giới hạn dung lượng {opts.MaxCaptureBytes / (1024 * 1024.0):0.#} MB", retryable: false);
            var metadata = shot.Metadata(started, time.GetUtcNow(), browser.Version, request, session.Log);
            return new CapturedPage(request.Url, shot.FinalUrl, files, metadata, shot.Listing);
        }
        catch (Exception e) when (e is not CaptureFailedException)
        {
            if (session?.Failure is null && !ct.IsCancellationRequested) logger?.LogWarning(e, "Capture of {Url} failed", request.Url);
            throw CaptureFailures.Translate(e, session, opts, ct);
        }
        finally
        {
            if (context is not null && browser is not null) await CloseAsync(browser, context);
            if (warc is not null) await warc.DisposeAsync();
            slot?.Dispose();
        }
    }

    private async Task<Shot> ShootAsync(IPage page, CaptureRequest request, string dir, EvidenceOptions opts, CaptureSession session, CancellationToken ct)
    {
        var response = await page.GotoAsync(request.Url.AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = opts.NavigationTimeoutSeconds * 1000f }).WaitAsync(ct);
        session.ThrowIfFailed();
        if (response is null) throw new CaptureFailedException("Trang không trả về phản hồi", retryable: true);
        if (response.Status >= 400)
            throw new CaptureFailedException($"Trang trả về HTTP {response.Status}", retryable: response.Status >= 500 || response.Status is 408 or 429);

        await PagePreparation.DismissConsentAsync(page, opts.ConsentSelectors, session, ct);
        await PagePreparation.ScrollAsync(page, opts, session, ct);
        try { await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 3_000 }).WaitAsync(ct); }
        catch (TimeoutException) { /* a page that never goes quiet is captured as it is */ }
        await PagePreparation.DismissConsentAsync(page, opts.ConsentSelectors, session, ct);   // overlays that appeared late
        session.ThrowIfFailed();

        var finalUrl = new Uri(response.Url);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "screenshot.png"), FullPage = true }).WaitAsync(ct);
        await page.PdfAsync(new() { Path = Path.Combine(dir, "page.pdf"), PrintBackground = true, Format = "A4" }).WaitAsync(ct);
        var cdp = await page.Context.NewCDPSessionAsync(page).WaitAsync(ct);
        var snapshot = await cdp.SendAsync("Page.captureSnapshot", new() { ["format"] = "mhtml" }).WaitAsync(ct);
        await File.WriteAllTextAsync(Path.Combine(dir, "page.mhtml"), snapshot?.GetProperty("data").GetString() ?? "", ct);
        await File.WriteAllTextAsync(Path.Combine(dir, "page.html"), await page.ContentAsync().WaitAsync(ct), ct);
        var text = await page.EvaluateAsync<string>("() => document.body ? document.body.innerText : ''").WaitAsync(ct);
        await File.WriteAllTextAsync(Path.Combine(dir, "page.txt"), text, ct);

        ListingFacts? listing = null;
        try { listing = await ListingExtractor.ExtractAsync(page, finalUrl, _rules).WaitAsync(ct); }
        catch (PlaywrightException e) { session.Note($"Không đọc được thông tin sản phẩm: {e.Message.Split('\n')[0]}"); }

        var chain = new List<string>();
        for (var r = response.Request; r is not null; r = r.RedirectedFrom) chain.Insert(0, r.Url);
        var address = await response.ServerAddrAsync().WaitAsync(ct);
        var tls = await response.SecurityDetailsAsync().WaitAsync(ct);
        var headers = await response.AllHeadersAsync().WaitAsync(ct);
        var userAgent = await page.EvaluateAsync<string>("() => navigator.userAgent").WaitAsync(ct);
        return new Shot(finalUrl, chain, response.Status, address?.IpAddress, address?.Port, TlsFacts.From(tls, session.MainSecurityDetails),
            headers, userAgent, $"{opts.ViewportWidth}x{opts.ViewportHeight}", listing);
    }

    private static List<CapturedFile> Files(string dir)
    {
        (string Kind, string Name, string Media)[] all =
        [
            ("png", "screenshot.png", "image/png"), ("pdf", "page.pdf", "application/pdf"), ("mhtml", "page.mhtml", "multipart/related"),
            ("html", "page.html", "text/html; charset=utf-8"), ("text", "page.txt", "text/plain; charset=utf-8"),
            ("har", "network.har", "application/json"), ("warc", "capture.warc", "application/warc"),
        ];
        return [.. all.Where(a => File.Exists(Path.Combine(dir, a.Name))).Select(a => new CapturedFile(a.Kind, Path.Combine(dir, a.Name), a.Media))];
    }

    /// <summary>Closing a context writes the HAR; a browser that cannot close one in time is replaced.</summary>
    private async Task CloseAsync(IBrowser browser, IBrowserContext context)
    {
        try { await context.CloseAsync().WaitAsync(CloseLimit); }
        catch (Exception e)
        {
            logger?.LogWarning(e, "Browser context did not close; the browser will be relaunched");
            await Host.DiscardAsync(browser);
        }
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private sealed record Shot(Uri FinalUrl, List<string> Chain, int Status, string? Ip, int? Port, TlsDetails? Tls,
        Dictionary<string, string> Headers, string UserAgent, string Viewport, ListingFacts? Listing)
    {
        public CaptureMetadata Metadata(DateTimeOffset started, DateTimeOffset ended, string version, CaptureRequest request, IReadOnlyList<string> log) => new()
        {
            RedirectChain = Chain, HttpStatus = Status, ServerIp = Ip, ServerPort = Port, Tls = Tls, ResponseHeaders = Headers,
            StartedAt = started, EndedAt = ended, BrowserVersion = version, UserAgent = UserAgent, Viewport = Viewport,
            Operator = request.Operator, Reference = request.Reference, Log = log,
        };
    }
}
