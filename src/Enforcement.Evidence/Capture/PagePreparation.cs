using Microsoft.Playwright;

namespace Enforcement.Evidence.Capture;

/// <summary>What happens between load and the artifacts: consent overlays away, lazy content scrolled in.</summary>
internal static class PagePreparation
{
    public static async Task DismissConsentAsync(IPage page, IEnumerable<string> selectors, CaptureSession session, CancellationToken ct)
    {
        foreach (var selector in selectors)
        {
            ct.ThrowIfCancellationRequested();
            try
            {
                var button = page.Locator(selector).First;
                if (!await button.IsVisibleAsync()) continue;
                await button.ClickAsync(new() { Timeout = 3_000 });
                session.Note($"Đã đóng lớp phủ đồng ý cookie ({selector})");
            }
            catch (PlaywrightException) { /* a bad selector or a button that vanished: nothing to dismiss */ }
            catch (TimeoutException) { }
        }
    }

    /// <summary>Scrolls a viewport at a time until the bottom is reached and the height stops growing, bounded by MaxScrollSteps.</summary>
    public static async Task ScrollAsync(IPage page, EvidenceOptions options, CaptureSession session, CancellationToken ct)
    {
        var height = await HeightAsync(page);
        var position = 0.0;
        for (var step = 0; step < options.MaxScrollSteps; step++)
        {
            position += options.ViewportHeight;
            await page.EvaluateAsync("y => window.scrollTo(0, y)", position);
            await Task.Delay(options.ScrollStepMilliseconds, ct);
            var now = await HeightAsync(page);
            if (position + options.ViewportHeight >= now && now <= height)
            {
                await page.EvaluateAsync("() => window.scrollTo(0, 0)");
                return;
            }
            height = Math.Max(height, now);
        }
        if (options.MaxScrollSteps > 0) session.Note($"Đã dừng cuộn sau {options.MaxScrollSteps} bước: trang vẫn tiếp tục dài thêm");
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
    }

    private static Task<double> HeightAsync(IPage page) =>
        page.EvaluateAsync<double>("() => Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0)");
}
