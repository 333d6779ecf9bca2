using System.Diagnostics;
using System.Globalization;
using Enforcement.Evidence;
using Enforcement.Evidence.Capture;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Enforcement.Benchmarks.Capture;

/// <summary>
/// Issue 8: the library's full capture (IWebCapturer) against a floor measured in the same run: a bare
/// Playwright script on the same Chromium that loads the same page and saves the full-page PNG and the PDF.
/// </summary>
internal static class CaptureBenchmark
{
    /// <summary>The library's launch arguments, copied from src/Enforcement.Evidence/Capture/BrowserHost.cs (private there).</summary>
    private static readonly string[] BrowserArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-default-apps",
        "--disable-site-isolation-trials", "--disable-features=IsolateOrigins,site-per-process",
    ];

    private const int DefaultScrollMs = 300, ShortScrollMs = 100, MaxScrollSteps = 30, Width = 1366, Height = 900;

    public static async Task RunAsync(int captures, int poolCaptures, string chromium, bool phases)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        if (!File.Exists(chromium)) throw new InvalidOperationException($"Chromium not found at {chromium}: install Debian's chromium (scripts/test.sh does it).");
        await using var site = new ListingSite();
        await site.StartAsync();
        var work = Path.Combine(Path.GetTempPath(), $"enf-capture-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = BrowserArgs, Timeout = 60_000 });
            var floor = new Floor(browser, site.Url, work);

            Console.WriteLine($"# Capture benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, Chromium {browser.Version}");
            Console.WriteLine($"Page: {site.Url} ({site.HtmlBytes / 1024.0:F0} KB HTML, 8 PNGs {site.ImageBytes / 1024.0:F0} KB, 24 of 30 <img> lazy-loaded, reviews fetched twice on scroll)");
            Console.WriteLine($"Options: ScrollStepMilliseconds={DefaultScrollMs} (default; also {ShortScrollMs}, labelled), MaxScrollSteps={MaxScrollSteps}, " +
                $"Viewport={Width}x{Height}, NavigationTimeoutSeconds=30, CaptureTimeoutSeconds=120, PoolSize = concurrency level");
            Console.WriteLine($"Pool 1: {captures} captures per variant, interleaved floor / full / full-{ShortScrollMs}ms one capture at a time after 2 warm-ups each (the samples below are the first). " +
                $"Pools 2 and 4: {poolCaptures} captures per variant in rounds floor, full, floor, full (half each), N loops of sequential captures.");
            Console.WriteLine();

            var rows = new List<string>();
            await using (var full = FullCapturer.Create(chromium, site, poolSize: 1, DefaultScrollMs))
            {
                var sample = await full.SampleAsync(work);
                var floorSample = await floor.SampleAsync();
                Console.WriteLine($"One full capture: {sample}");
                Console.WriteLine($"One floor capture: {floorSample}");
                Console.WriteLine();
                for (var i = 0; i < 1; i++) { await floor.CaptureAsync(); await full.CaptureAsync(work, DefaultScrollMs); await full.CaptureAsync(work, ShortScrollMs); }
                var (f, d, s) = (new List<double>(), new List<double>(), new List<double>());
                for (var i = 0; i < captures; i++)
                {
                    f.Add(await floor.CaptureAsync());
                    d.Add(await full.CaptureAsync(work, DefaultScrollMs));
                    s.Add(await full.CaptureAsync(work, ShortScrollMs));
                }
                rows.Add(Row(1, "floor: bare Playwright, PNG + PDF", f, f.Sum(), f));
                rows.Add(Row(1, $"full capture, scroll {DefaultScrollMs} ms (default)", d, d.Sum(), f));
                rows.Add(Row(1, $"full capture, scroll {ShortScrollMs} ms", s, s.Sum(), f));
            }
            foreach (var pool in new[] { 2, 4 })
            {
                await using var full = FullCapturer.Create(chromium, site, pool, DefaultScrollMs);
                await ConcurrentAsync(pool, pool, floor.CaptureAsync);   // warm-up
                await ConcurrentAsync(pool, pool, () => full.CaptureAsync(work, DefaultScrollMs));
                var (f, d) = (new List<double>(), new List<double>());
                double fWall = 0, dWall = 0;
                for (var round = 0; round < 2; round++)
                {
                    var half = round == 0 ? poolCaptures / 2 : poolCaptures - poolCaptures / 2;
                    var (fw, fl) = await ConcurrentAsync(pool, half, floor.CaptureAsync);
                    fWall += fw; f.AddRange(fl);
                    var (dw, dl) = await ConcurrentAsync(pool, half, () => full.CaptureAsync(work, DefaultScrollMs));
                    dWall += dw; d.AddRange(dl);
                }
                rows.Add(Row(pool, "floor: bare Playwright, PNG + PDF", f, fWall, f, fWall));
                rows.Add(Row(pool, $"full capture, scroll {DefaultScrollMs} ms (default)", d, dWall, f, fWall));
            }

            Console.WriteLine("| Pool (concurrency) | Variant | Captures | Median ms | p90 ms | Captures/min | Overhead vs floor: median latency | Overhead vs floor: captures/min |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var row in rows) Console.WriteLine(row);

            if (phases)
            {
                Console.WriteLine();
                Console.WriteLine($"Phases of a bare replica of the library's steps (same browser as the floor, no guard, HAR or WARC), pool 1, median of 3 after 1 warm-up:");
                foreach (var scroll in new[] { DefaultScrollMs, ShortScrollMs })
                {
                    var runs = new List<Dictionary<string, double>>();
                    await floor.ReplicaAsync(scroll);
                    for (var i = 0; i < 3; i++) runs.Add(await floor.ReplicaAsync(scroll));
                    Console.WriteLine($"- scroll {scroll} ms: " + string.Join(", ", runs[0].Keys.Select(k => $"{k} {Percentile(runs.Select(r => r[k]).ToList(), 50):F0}{(k == "scroll steps" ? "" : " ms")}")));
                }
            }
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Captures per minute from wall time; overhead = floor time / variant time − 1 (0 for the floor itself).</summary>
    private static string Row(int pool, string label, List<double> latencies, double wallMs, List<double> floor, double? floorWallMs = null)
    {
        var perMinute = latencies.Count / wallMs * 60_000;
        var floorPerMinute = floor.Count / (floorWallMs ?? floor.Sum()) * 60_000;
        var medianOverhead = Percentile(latencies, 50) / Percentile(floor, 50) - 1;
        var throughputOverhead = floorPerMinute / perMinute - 1;
        return $"| {pool} | {label} | {latencies.Count} | {Percentile(latencies, 50):F0} | {Percentile(latencies, 90):F0} | {perMinute:F1} | " +
            (ReferenceEquals(latencies, floor) ? "— | — |" : $"{medianOverhead:+0%;-0%} | {throughputOverhead:+0%;-0%} |");
    }

    private static double Percentile(List<double> values, int p)
    {
        var sorted = values.Order().ToList();
        var rank = p / 100.0 * (sorted.Count - 1);
        var lo = (int)Math.Floor(rank);
        var hi = (int)Math.Ceiling(rank);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }

    /// <summary>Loops capturers in parallel until count captures are done; wall time and each latency, ms.</summary>
    private static async Task<(double Wall, List<double> Latencies)> ConcurrentAsync(int loops, int count, Func<Task<double>> capture)
    {
        var next = 0;
        var latencies = new List<double>();
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, loops).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= count)
            {
                var ms = await capture();
                lock (latencies) latencies.Add(ms);
            }
        }));
        return (wall.Elapsed.TotalMilliseconds, latencies);
    }

    /// <summary>The library as the app registers it (AddEvidenceCapture), with explicit options; the scroll step is switched between captures.</summary>
    private sealed class FullCapturer(ServiceProvider services, EvidenceOptions options, Uri url) : IAsyncDisposable
    {
        private readonly IWebCapturer _capturer = services.GetRequiredService<IWebCapturer>();

        public static FullCapturer Create(string chromium, ListingSite site, int poolSize, int scrollMs)
        {
            var options = new EvidenceOptions
            {
                ExecutablePath = chromium,
                PoolSize = poolSize,
                ScrollStepMilliseconds = scrollMs,
                MaxScrollSteps = MaxScrollSteps,
                ViewportWidth = Width,
                ViewportHeight = Height,
                NavigationTimeoutSeconds = 30,
                CaptureTimeoutSeconds = 120,
                AllowedTargets = [$"127.0.0.1:{site.Port}"],
            };
            var services = new ServiceCollection();
            services.AddSingleton(Options.Create(options));
            services.AddEvidenceCapture();
            return new FullCapturer(services.BuildServiceProvider(), options, site.Url);
        }

        public async Task<double> CaptureAsync(string work, int scrollMs)
        {
            options.ScrollStepMilliseconds = scrollMs;   // read per capture; only pool 1 switches it, between sequential captures
            var dir = Path.Combine(work, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var clock = Stopwatch.StartNew();
            await _capturer.CaptureAsync(new CaptureRequest(url, "benchmark@example.vn", "BENCH-8"), dir, CancellationToken.None);
            var ms = clock.Elapsed.TotalMilliseconds;
            Directory.Delete(dir, recursive: true);
            return ms;
        }

        public async Task<string> SampleAsync(string work)
        {
            var dir = Path.Combine(work, "sample-full");
            Directory.CreateDirectory(dir);
            var clock = Stopwatch.StartNew();
            var page = await _capturer.CaptureAsync(new CaptureRequest(url, "benchmark@example.vn", "BENCH-8"), dir, CancellationToken.None);
            var ms = clock.Elapsed.TotalMilliseconds;
            var sizes = string.Join(", ", page.Files.Select(f => $"{f.Kind} {new FileInfo(f.Path).Length / 1024.0:F0} KB"));
            Directory.Delete(dir, recursive: true);
            return $"{ms:F0} ms (first, includes launch); {sizes}; listing price {page.Listing?.PriceVnd} VND via {page.Listing?.Source}; log: [{string.Join("; ", page.Metadata.Log)}]";
        }

        public async ValueTask DisposeAsync() => await services.DisposeAsync();
    }

    /// <summary>The floor: new context, new page, load, full-page PNG, PDF, close.</summary>
    private sealed class Floor(IBrowser browser, Uri url, string work)
    {
        public async Task<double> CaptureAsync()
        {
            var dir = Path.Combine(work, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var clock = Stopwatch.StartNew();
            await ShootAsync(dir);
            var ms = clock.Elapsed.TotalMilliseconds;
            Directory.Delete(dir, recursive: true);
            return ms;
        }

        public async Task<string> SampleAsync()
        {
            var dir = Path.Combine(work, "sample-floor");
            Directory.CreateDirectory(dir);
            var clock = Stopwatch.StartNew();
            await ShootAsync(dir);
            var ms = clock.Elapsed.TotalMilliseconds;
            var sizes = string.Join(", ", Directory.GetFiles(dir).Order().Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length / 1024.0:F0} KB"));
            Directory.Delete(dir, recursive: true);
            return $"{ms:F0} ms (first); {sizes}";
        }

        private async Task ShootAsync(string dir)
        {
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = Width, Height = Height } });
            try
            {
                var page = await context.NewPageAsync();
                await page.GotoAsync(url.AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
                await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "screenshot.png"), FullPage = true });
                await page.PdfAsync(new() { Path = Path.Combine(dir, "page.pdf"), PrintBackground = true, Format = "A4" });
            }
            finally { await context.CloseAsync(); }
        }

        /// <summary>
        /// The library's page steps re-done in a bare script and timed one by one (PlaywrightCapturer.ShootAsync and
        /// PagePreparation.ScrollAsync, copied): not the library itself, an estimate of where its time goes.
        /// </summary>
        public async Task<Dictionary<string, double>> ReplicaAsync(int scrollMs)
        {
            var dir = Path.Combine(work, Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            var t = new Dictionary<string, double>();
            var total = Stopwatch.StartNew();
            var clock = Stopwatch.StartNew();
            void Lap(string name) { t[name] = clock.Elapsed.TotalMilliseconds; clock.Restart(); }
            var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = Width, Height = Height }, Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh" });
            try
            {
                var page = await context.NewPageAsync();
                Lap("context+page");
                await page.GotoAsync(url.AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
                Lap("load");
                var height = await HeightAsync(page);
                var position = 0.0;
                var steps = 0;
                for (var step = 0; step < MaxScrollSteps; step++, steps++)
                {
                    position += Height;
                    await page.EvaluateAsync("y => window.scrollTo(0, y)", position);
                    await Task.Delay(scrollMs);
                    var now = await HeightAsync(page);
                    if (position + Height >= now && now <= height) { steps++; break; }
                    height = Math.Max(height, now);
                }
                await page.EvaluateAsync("() => window.scrollTo(0, 0)");
                Lap("scroll");
                t["scroll steps"] = steps;
                try { await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 3_000 }); }
                catch (TimeoutException) { }
                Lap("networkidle");
                await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "screenshot.png"), FullPage = true });
                Lap("png");
                await page.PdfAsync(new() { Path = Path.Combine(dir, "page.pdf"), PrintBackground = true, Format = "A4" });
                Lap("pdf");
                var cdp = await context.NewCDPSessionAsync(page);
                var snapshot = await cdp.SendAsync("Page.captureSnapshot", new() { ["format"] = "mhtml" });
                await File.WriteAllTextAsync(Path.Combine(dir, "page.mhtml"), snapshot?.GetProperty("data").GetString() ?? "");
                Lap("mhtml");
                await File.WriteAllTextAsync(Path.Combine(dir, "page.html"), await page.ContentAsync());
                await File.WriteAllTextAsync(Path.Combine(dir, "page.txt"), await page.EvaluateAsync<string>("() => document.body ? document.body.innerText : ''"));
                Lap("html+text");
            }
            finally { await context.CloseAsync(); }
            Lap("close");
            t["total"] = total.Elapsed.TotalMilliseconds;
            Directory.Delete(dir, recursive: true);
            return t;
        }

        private static Task<double> HeightAsync(IPage page) =>
            page.EvaluateAsync<double>("() => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)");
    }
}
