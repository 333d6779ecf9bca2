using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Enforcement.Evidence.Safety;
using Enforcement.Evidence.Warc;
using Microsoft.Playwright;

namespace Enforcement.Evidence.Capture;

/// <summary>
/// The state of one capture while the page runs: the log, the SSRF checks on every request, the WARC
/// records of every response, the byte budget, and the first failure, which cancels the capture.
/// </summary>
internal sealed class CaptureSession(EvidenceOptions options, TargetGuard guard, WarcWriter warc, TimeProvider time, CancellationTokenSource cancel)
{
    private readonly ConcurrentQueue<string> _log = new();
    private readonly ConcurrentDictionary<string, Task<TargetDecision>> _decisions = new();
    private readonly ConcurrentBag<Task> _pending = [];
    private readonly ConcurrentDictionary<string, byte> _refusals = new();
    private string? _mainFrameId;
    private IFrame? _mainFrame;
    private long _bytes;
    private CaptureFailedException? _failure;

    public IReadOnlyList<string> Log => [.. _log];
    public CaptureFailedException? Failure => Volatile.Read(ref _failure);
    public long Bytes => Interlocked.Read(ref _bytes);
    public bool DownloadSeen { get; private set; }
    public JsonElement? MainSecurityDetails { get; private set; }

    public void Note(string message) => _log.Enqueue(message);

    /// <summary>The first failure wins; it stops the capture at once.</summary>
    public void Fail(string reason, bool retryable)
    {
        if (Interlocked.CompareExchange(ref _failure, new CaptureFailedException(reason, retryable), null) is null)
        {
            try { cancel.Cancel(); } catch (ObjectDisposedException) { }
        }
    }

    public void ThrowIfFailed()
    {
        if (Failure is { } failure) throw failure;
    }

    public void AddBytes(long count)
    {
        if (Interlocked.Add(ref _bytes, count) > options.MaxCaptureBytes)
            Fail($"Trang vượt quá giới hạn dung lượng {options.MaxCaptureBytes / (1024 * 1024.0):0.#} MB", retryable: false);
    }

    public void Attach(IPage page)
    {
        _mainFrame = page.MainFrame;
        // A popup is a second page outside the page's interception: it is closed at once.
        page.Context.Page += (_, popup) =>
        {
            if (ReferenceEquals(popup, page)) return;
            Note($"Đã đóng cửa sổ bật lên {popup.Url}");
            Track(popup.CloseAsync());
        };
        page.Dialog += (_, dialog) => Track(DismissAsync(dialog));
        page.Download += (_, download) =>
        {
            DownloadSeen = true;
            Note($"Đã chặn tải xuống: {download.Url}");
        };
        page.Request += (_, request) =>
        {
            if (request.RedirectedFrom is not null && IsMainNavigation(request)) CountRedirects(request);
        };
        page.Response += (_, response) => Track(RecordAsync(response));
    }

    /// <summary>
    /// The guard on every request, redirect hops included. Playwright's page.RouteAsync never sees redirect
    /// hops (it continues them itself), so the page's own CDP session pauses each request in the Fetch
    /// domain, where Chromium pauses hops too, and a refused one is failed before it leaves the browser.
    /// </summary>
    public async Task InterceptAsync(IBrowserContext context, IPage page)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        var tree = await cdp.SendAsync("Page.getFrameTree");
        _mainFrameId = tree?.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString();
        cdp.Event("Fetch.requestPaused").OnEvent += (_, e) => { if (e is { } paused) Track(OnPausedAsync(cdp, paused)); };
        // The main document's TLS details with exact dates (Playwright hands them over as a float, minutes lost).
        cdp.Event("Network.responseReceived").OnEvent += (_, e) =>
        {
            if (e is { } r && r.GetProperty("type").GetString() == "Document" && r.TryGetProperty("frameId", out var f) && f.GetString() == _mainFrameId)
                MainSecurityDetails = r.GetProperty("response").TryGetProperty("securityDetails", out var details) ? details.Clone() : null;
        };
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Fetch.enable", new() { ["patterns"] = new[] { new Dictionary<string, object> { ["urlPattern"] = "*", ["requestStage"] = "Request" } } });
    }

    private async Task OnPausedAsync(ICDPSession cdp, JsonElement paused)
    {
        var id = paused.GetProperty("requestId").GetString()!;
        var url = paused.GetProperty("request").GetProperty("url").GetString() ?? "";
        var main = paused.GetProperty("resourceType").GetString() == "Document" && paused.TryGetProperty("frameId", out var frame) && frame.GetString() == _mainFrameId;
        try
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                var decision = Failure is not null ? new TargetDecision(false, null) : await DecideAsync(uri);
                if (!decision.Allowed)
                {
                    if (decision.Reason is not null) Refused(url, decision.Reason, main);
                    await cdp.SendAsync("Fetch.failRequest", new() { ["requestId"] = id, ["errorReason"] = "BlockedByClient" });
                    return;
                }
            }
            await cdp.SendAsync("Fetch.continueRequest", new() { ["requestId"] = id });
        }
        catch (PlaywrightException) { /* the page closed while the request waited */ }
    }

    /// <summary>Playwright's context routing as a second net, e.g. for a popup's first request before it is closed.</summary>
    public Task RouteAsync(IBrowserContext context) => context.RouteAsync("**/*", async route =>
    {
        try
        {
            var request = route.Request;
            if (!Uri.TryCreate(request.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                await route.ContinueAsync();   // data:, blob: never leave the browser
                return;
            }
            if (Failure is not null) { await route.AbortAsync("aborted"); return; }
            var decision = await DecideAsync(url);
            if (decision.Allowed) { await route.ContinueAsync(); return; }
            Refused(request.Url, decision.Reason!, IsMainNavigation(request));
            await route.AbortAsync("blockedbyclient");
        }
        catch (PlaywrightException) { /* the page closed while the request waited */ }
    });

    /// <summary>WebSockets are not needed for evidence, and are not routed like requests: refuse them all.</summary>
    public Task RouteWebSocketsAsync(IBrowserContext context) => context.RouteWebSocketAsync("**/*", ws =>
    {
        Note($"Đã từ chối kết nối WebSocket {ws.Url}");
        Track(ws.CloseAsync(new() { Code = 1008, Reason = "refused" }));
    });

    /// <summary>Waits for responses still being recorded (bounded: a hung body read must not hang the capture).</summary>
    public async Task DrainAsync(TimeSpan limit)
    {
        try { await Task.WhenAll(_pending.ToArray()).WaitAsync(limit); }
        catch (Exception) { /* each task logs its own trouble; what is missing is missing from the WARC */ }
    }

    private Task<TargetDecision> DecideAsync(Uri url) =>
        _decisions.GetOrAdd($"{url.Scheme}://{url.Authority}", _ => guard.CheckAsync(url, CancellationToken.None));

    private void Refused(string url, string reason, bool mainDocument)
    {
        var line = $"Đã từ chối yêu cầu {url}: {reason}";
        if (_refusals.TryAdd(line, 0)) Note(line);
        if (mainDocument) Fail(reason, retryable: false);
    }

    private bool IsMainNavigation(IRequest request)
    {
        try { return request.IsNavigationRequest && ReferenceEquals(request.Frame, _mainFrame); }
        catch (PlaywrightException) { return false; }   // a service-worker request has no frame
    }

    private void CountRedirects(IRequest request)
    {
        var hops = 0;
        for (var r = request.RedirectedFrom; r is not null; r = r.RedirectedFrom) hops++;
        if (hops > options.MaxRedirects) Fail($"Quá nhiều lần chuyển hướng (hơn {options.MaxRedirects})", retryable: false);
    }

    private async Task DismissAsync(IDialog dialog)
    {
        Note($"Đã đóng hộp thoại {dialog.Type}: {dialog.Message}");
        try { await dialog.DismissAsync(); } catch (PlaywrightException) { }
    }

    private async Task RecordAsync(IResponse response)
    {
        var request = response.Request;
        if (!Uri.TryCreate(response.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")) return;
        var at = time.GetUtcNow();
        try
        {
            var responseHeaders = await response.HeadersArrayAsync();
            var requestHeaders = await request.HeadersArrayAsync();
            var address = await response.ServerAddrAsync();
            if (guard.CheckConnected(url, address?.IpAddress) is { } refused)
            {
                // DNS rebinding: the guard saw a public address, the browser reached a forbidden one.
                Note($"Đã từ chối phản hồi {response.Url}: {refused}");
                Fail(refused, retryable: false);
                return;
            }
            var declared = HttpMessages.ContentLength(responseHeaders);
            byte[]? body = null;
            if (HttpMessages.HasBody(response.Status) && (declared ?? 0) <= options.MaxArtifactBytes)
            {
                try { body = await response.BodyAsync(); }
                catch (PlaywrightException) { /* evicted, aborted or a redirect: headers only */ }
            }
            if (body is not null && body.Length > options.MaxArtifactBytes)
            {
                Note($"Bỏ nội dung quá lớn ({body.Length.ToString(CultureInfo.InvariantCulture)} byte): {response.Url}");
                body = null;
            }
            else if (body is null && declared > options.MaxArtifactBytes)
                Note($"Bỏ nội dung quá lớn ({declared.Value.ToString(CultureInfo.InvariantCulture)} byte): {response.Url}");
            AddBytes(body?.Length ?? declared ?? 0);
            if (Failure is not null) return;
            await warc.WriteExchangeAsync(response.Url, at, address?.IpAddress,
                HttpMessages.RequestHead(request.Method, url, requestHeaders), request.PostDataBuffer,
                HttpMessages.ResponseHead(response.Status, response.StatusText, responseHeaders, body?.Length), body, CancellationToken.None);
        }
        catch (PlaywrightException) { /* the context closed mid-read */ }
        catch (ObjectDisposedException) { /* the WARC was closed: the capture already ended */ }
    }

    private void Track(Task task) => _pending.Add(task);
}
