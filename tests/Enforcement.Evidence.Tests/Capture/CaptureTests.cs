using System.Diagnostics;
using System.Text;
using Enforcement.Evidence.Capture;
using Enforcement.Evidence.Safety;
using Enforcement.Evidence.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Evidence.Tests.Capture;

[Collection(ChromiumCollection.Name)]
public sealed class CaptureTests(CaptureFixture fixture)
{
    [Fact]
    public async Task Listing_writes_every_artifact_with_the_right_magic_bytes()
    {
        var page = await fixture.ListingAsync();

        Assert.Equal(["png", "pdf", "mhtml", "html", "text", "har", "warc"], page.Files.Select(f => f.Kind));
        foreach (var file in page.Files)
        {
            Assert.True(new FileInfo(file.Path).Length > 0, $"{file.Kind} is empty");
            Assert.Equal(fixture.ListingDirectory, System.IO.Path.GetDirectoryName(file.Path));
        }
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await Read(page, "png"))[..4]);
        Assert.Equal("%PDF-"u8.ToArray(), (await Read(page, "pdf"))[..5]);
        var mhtml = await File.ReadAllTextAsync(FileOf(page, "mhtml"));
        Assert.Contains("MIME-Version", mhtml, StringComparison.Ordinal);
        Assert.Contains("Sunhouse SHD8955", mhtml, StringComparison.Ordinal);   // ASCII part survives quoted-printable
        Assert.Contains(SitePages.ListingTitle, await File.ReadAllTextAsync(FileOf(page, "html")), StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(FileOf(page, "text"));
        Assert.Contains("1.250.000 ₫", text, StringComparison.Ordinal);
        Assert.Contains("Đánh giá của khách hàng: 5 sao", text, StringComparison.Ordinal);   // appeared only when scrolled to
        Assert.Contains("\"entries\"", await File.ReadAllTextAsync(FileOf(page, "har")), StringComparison.Ordinal);
        Assert.True(fixture.Site.HitCount("/img/lazy-far.png") > 0, "the lazy image far down the page was never loaded");
    }

    [Fact]
    public async Task Listing_metadata_and_facts()
    {
        var page = await fixture.ListingAsync();
        var m = page.Metadata;

        Assert.Equal(new ListingFacts(SitePages.ListingTitle, SitePages.ListingPrice, SitePages.ListingSeller, SitePages.ListingShop, "json-ld"), page.Listing);
        Assert.Equal([fixture.Url("/listing")], m.RedirectChain);
        Assert.Equal(200, m.HttpStatus);
        Assert.Equal("127.0.0.1", m.ServerIp);
        Assert.Equal(fixture.Site.Port, m.ServerPort);
        Assert.Null(m.Tls);
        Assert.StartsWith("text/html", m.ResponseHeaders["content-type"], StringComparison.Ordinal);
        Assert.Equal("1366x900", m.Viewport);
        Assert.Contains("Chrome/", m.UserAgent, StringComparison.Ordinal);
        Assert.Matches(@"^\d+\.", m.BrowserVersion);
        Assert.Equal("thanh.tra@example.vn", m.Operator);
        Assert.Equal("VV-2026-0042", m.Reference);
        Assert.True(m.StartedAt <= m.EndedAt && m.StartedAt.Offset == TimeSpan.Zero);
        Assert.Contains(m.Log, l => l.StartsWith("Đã đóng hộp thoại alert: Chào mừng", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Redirect_chain_is_recorded_exactly()
    {
        var page = await fixture.CaptureAsync("/r1");

        Assert.Equal([fixture.Url("/r1"), fixture.Url("/r2"), fixture.Url("/r3")], page.Metadata.RedirectChain);
        Assert.Equal(new Uri(fixture.Url("/r3")), page.FinalUrl);
        Assert.Equal(new Uri(fixture.Url("/r1")), page.RequestedUrl);
    }

    [Fact]
    public async Task Endless_redirects_fail_past_MaxRedirects()
    {
        var e = await Assert.ThrowsAsync<CaptureFailedException>(() => fixture.CaptureAsync("/loop/0", o => o.MaxRedirects = 3));

        Assert.Contains("chuyển hướng", e.Reason, StringComparison.Ordinal);
        Assert.False(e.Retryable);
    }

    [Fact]
    public async Task Consent_overlay_is_dismissed_and_logged()
    {
        var page = await fixture.CaptureAsync("/consent");

        Assert.Contains("Đã đóng lớp phủ đồng ý cookie (button[data-consent='accept'])", page.Metadata.Log);
        var text = await File.ReadAllTextAsync(FileOf(page, "text"));
        Assert.Contains("Máy lọc nước RO", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dùng cookie", text, StringComparison.Ordinal);
        Assert.DoesNotContain("consent-overlay", await File.ReadAllTextAsync(FileOf(page, "html")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/missing", "404", false)]
    [InlineData("/unavailable", "503", true)]
    public async Task Http_error_fails_naming_the_status(string path, string status, bool retryable)
    {
        var e = await Assert.ThrowsAsync<CaptureFailedException>(() => fixture.CaptureAsync(path));

        Assert.Equal($"Trang trả về HTTP {status}", e.Reason);
        Assert.Equal(retryable, e.Retryable);
    }

    [Fact]
    public async Task Slow_page_times_out_at_the_navigation_limit()
    {
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<CaptureFailedException>(() => fixture.CaptureAsync("/slow", o => o.NavigationTimeoutSeconds = 2));

        Assert.Equal("Quá thời gian chờ 2 giây", e.Reason);
        Assert.True(e.Retryable);
        Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 8);
    }

    [Fact]
    public async Task Whole_capture_is_bounded_by_CaptureTimeoutSeconds()
    {
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<CaptureFailedException>(() => fixture.CaptureAsync("/slow", o => { o.NavigationTimeoutSeconds = 60; o.CaptureTimeoutSeconds = 5; }));

        Assert.Contains("Quá thời gian chờ 5 giây", e.Reason, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed.TotalSeconds, 4.5, 12);
    }

    [Fact]
    public async Task Caller_cancellation_is_a_cancellation_not_a_failure()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        var options = fixture.Options(null);
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Capturer.CaptureAsync(
            new CaptureRequest(new Uri(fixture.Url("/slow")), "a", "b"), fixture.NewDirectory(), options, new TargetGuard(Options.Create(options)), cancel.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Download_target_fails_without_hanging()
    {
        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<CaptureFailedException>(() => fixture.CaptureAsync("/download"));

        Assert.Equal("Địa chỉ dẫn tới một tệp tải xuống, không phải trang web", e.Reason);
        Assert.False(e.Retryable);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Page_larger_than_MaxCaptureBytes_fails()
    {
        var e = await Assert.ThrowsAsync<CaptureFailedException>(() => fixture.CaptureAsync("/big", o => o.MaxCaptureBytes = 1024 * 1024));

        Assert.Contains("vượt quá giới hạn dung lượng 1 MB", e.Reason, StringComparison.Ordinal);
        Assert.False(e.Retryable);
    }

    [Fact]
    public async Task Endless_scroll_stops_at_MaxScrollSteps()
    {
        var clock = Stopwatch.StartNew();
        var page = await fixture.CaptureAsync("/endless", o => { o.MaxScrollSteps = 4; o.ScrollStepMilliseconds = 50; });

        Assert.Contains("Đã dừng cuộn sau 4 bước: trang vẫn tiếp tục dài thêm", page.Metadata.Log);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Request_to_cloud_metadata_is_refused_and_logged_while_the_capture_succeeds()
    {
        var page = await fixture.CaptureAsync("/metadata-probe");

        Assert.Contains("Đã từ chối yêu cầu http://169.254.169.254/latest/meta-data/: Địa chỉ liên kết cục bộ (169.254.169.254) không được phép", page.Metadata.Log);
        var text = await File.ReadAllTextAsync(FileOf(page, "text"));
        Assert.Contains("metadata bị chặn", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ĐỌC ĐƯỢC METADATA", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_to_a_port_outside_the_allowlist_is_refused()
    {
        var hitsBefore = fixture.Other.HitCount("/secret");
        var e = await Assert.ThrowsAsync<CaptureFailedException>(() => fixture.CaptureAsync("/to-other"));

        Assert.Equal("Địa chỉ nội bộ (127.0.0.1) không được phép", e.Reason);
        Assert.False(e.Retryable);
        Assert.Equal(hitsBefore, fixture.Other.HitCount("/secret"));   // refused before the hop left the browser
    }

    [Fact]
    public async Task Redirect_hop_of_an_image_is_refused_before_it_is_sent_and_the_capture_goes_on()
    {
        var page = await fixture.CaptureAsync("/img-hop");

        Assert.Contains($"Đã từ chối yêu cầu http://127.0.0.1:{fixture.Other.Port}/secret-img: Địa chỉ nội bộ (127.0.0.1) không được phép", page.Metadata.Log);
        Assert.Equal(0, fixture.Other.HitCount("/secret-img"));
    }

    [Fact]
    public async Task Redirect_hop_inside_a_cross_site_frame_is_refused_before_it_is_sent()
    {
        var page = await fixture.CaptureAsync("/frame-page", o => o.AllowedTargets.Add($"localhost:{fixture.Site.Port}"));

        Assert.True(fixture.Site.HitCount("/frame-hop") > 0, "the frame was never loaded");
        Assert.Contains($"Đã từ chối yêu cầu http://127.0.0.1:{fixture.Other.Port}/secret-frame: Địa chỉ nội bộ (127.0.0.1) không được phép", page.Metadata.Log);
        Assert.Equal(0, fixture.Other.HitCount("/secret-frame"));
    }

    [Fact]
    public async Task Redirect_hop_of_an_image_inside_a_cross_site_frame_is_refused_before_it_is_sent()
    {
        var page = await fixture.CaptureAsync("/frame-img-page", o => o.AllowedTargets.Add($"localhost:{fixture.Site.Port}"));

        Assert.True(fixture.Site.HitCount("/frame-img-hop") > 0, "the frame's image was never requested");
        Assert.Contains($"Đã từ chối yêu cầu http://127.0.0.1:{fixture.Other.Port}/secret-frame-img: Địa chỉ nội bộ (127.0.0.1) không được phép", page.Metadata.Log);
        Assert.Equal(0, fixture.Other.HitCount("/secret-frame-img"));
    }

    [Fact]
    public async Task Redirect_hop_of_a_worker_fetch_is_refused_before_it_is_sent()
    {
        var page = await fixture.CaptureAsync("/worker-page");

        Assert.True(fixture.Site.HitCount("/worker-hop") > 0, "the worker never fetched");
        Assert.Contains($"Đã từ chối yêu cầu http://127.0.0.1:{fixture.Other.Port}/secret-worker: Địa chỉ nội bộ (127.0.0.1) không được phép", page.Metadata.Log);
        Assert.Equal(0, fixture.Other.HitCount("/secret-worker"));
    }

    [Fact]
    public async Task Popup_is_closed_and_logged()
    {
        var page = await fixture.CaptureAsync("/popup");

        Assert.Contains(page.Metadata.Log, l => l.StartsWith("Đã đóng cửa sổ bật lên", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WebSocket_is_refused_and_logged()
    {
        var page = await fixture.CaptureAsync("/socket");

        Assert.Contains($"Đã từ chối kết nối WebSocket ws://127.0.0.1:{fixture.Other.Port}/ws", page.Metadata.Log);
        Assert.Equal(0, fixture.Other.HitCount("/ws"));
    }

    [Fact]
    public async Task Dns_rebinding_is_caught_by_the_address_the_browser_reached()
    {
        var options = fixture.Options(null);
        // The guard's DNS says public; Chromium's (--host-resolver-rules) says 127.0.0.1: a rebinding name.
        var guard = new TargetGuard(Options.Create(options), (_, _) => Task.FromResult(new[] { System.Net.IPAddress.Parse("93.184.216.34") }));

        var e = await Assert.ThrowsAsync<CaptureFailedException>(() =>
            fixture.CaptureAsync("/listing", baseUrl: $"http://{CaptureFixture.RebindHost}:{fixture.Site.Port}", guard: guard));

        Assert.Equal("Trang đã kết nối tới địa chỉ nội bộ (127.0.0.1), không được phép", e.Reason);
        Assert.False(e.Retryable);
    }

    [Fact]
    public async Task Target_refused_before_navigation()
    {
        var hitsBefore = fixture.Other.HitCount("/secret");
        var e = await Assert.ThrowsAsync<CaptureFailedException>(() => fixture.Capturer.CaptureAsync(
            new CaptureRequest(new Uri($"http://127.0.0.1:{fixture.Other.Port}/secret"), "a", "b"), fixture.NewDirectory(), CancellationToken.None));

        Assert.Equal("Địa chỉ nội bộ (127.0.0.1) không được phép", e.Reason);
        Assert.Equal(hitsBefore, fixture.Other.HitCount("/secret"));
    }

    [Fact]
    public async Task Captures_run_side_by_side_in_the_one_browser()
    {
        var pages = await Task.WhenAll(fixture.CaptureAsync("/r3"), fixture.CaptureAsync("/consent"), fixture.CaptureAsync("/r1"));

        Assert.All(pages, p => Assert.Equal(200, p.Metadata.HttpStatus));
        Assert.Equal(3, pages.Select(p => Path.GetDirectoryName(p.Files[0].Path)).Distinct().Count());
        Assert.Single(pages.Select(p => p.Metadata.BrowserVersion).Distinct());
    }

    [Fact]
    public async Task Crashed_browser_is_relaunched_on_the_next_capture()
    {
        var before = await fixture.Capturer.Host.GetBrowserAsync(CancellationToken.None);
        await before.CloseAsync();

        var page = await fixture.CaptureAsync("/r3");

        Assert.Equal(200, page.Metadata.HttpStatus);
        Assert.NotSame(before, await fixture.Capturer.Host.GetBrowserAsync(CancellationToken.None));
    }

    private static string FileOf(CapturedPage page, string kind) => page.Files.Single(f => f.Kind == kind).Path;
    private static Task<byte[]> Read(CapturedPage page, string kind) => File.ReadAllBytesAsync(FileOf(page, kind));
}

public sealed class CapturerWithoutBrowserTests
{
    [Fact]
    public async Task Missing_chromium_fails_in_Vietnamese_and_is_not_retryable()
    {
        var options = Options.Create(new EvidenceOptions { ExecutablePath = "/nonexistent/chromium", AllowedTargets = ["127.0.0.1:9"] });
        await using var capturer = new PlaywrightCapturer(options, new TargetGuard(options), TimeProvider.System, null);
        var dir = Directory.CreateTempSubdirectory("evidence-nochromium-").FullName;
        try
        {
            var e = await Assert.ThrowsAsync<CaptureFailedException>(() => capturer.CaptureAsync(new CaptureRequest(new Uri("http://127.0.0.1:9/"), "a", "b"), dir, CancellationToken.None));
            Assert.Equal("Không tìm thấy trình duyệt Chromium tại /nonexistent/chromium", e.Reason);
            Assert.False(e.Retryable);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public async Task Pool_bounds_concurrent_contexts()
    {
        await using var host = new BrowserHost("/nonexistent/chromium", poolSize: 1);
        var first = await host.AcquireSlotAsync(CancellationToken.None);
        var second = host.AcquireSlotAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task AddEvidenceCapture_registers_the_guard_and_one_capturer()
    {
        var services = new ServiceCollection().AddOptions();
        services.AddEvidenceCapture();
        await using var provider = services.BuildServiceProvider();
        var capturer = provider.GetRequiredService<IWebCapturer>();
        Assert.Same(capturer, provider.GetRequiredService<IWebCapturer>());
        Assert.NotNull(provider.GetRequiredService<TargetGuard>());
    }
}
