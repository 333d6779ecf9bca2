using Enforcement.Api.Infrastructure;
using Enforcement.Api.Reports.Figures;
using Enforcement.Evidence.Capture;
using Microsoft.Playwright;

namespace Enforcement.Api.Reports.Outputs;

/// <summary>
/// The report's HTML printed by the app's one headless Chromium: everything inline (styles, SVG charts as data: images),
/// every network request refused, no script, A4 with Decree 30's margins and the page number in the footer.
/// </summary>
internal sealed class ReportPdf(SharedChromium chromium, ReportHtml html, IWebHostEnvironment env)
{
    /// <summary>Decree 30/2020/NĐ-CP, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.</summary>
    private static readonly Margin Margins = new() { Top = "20mm", Bottom = "20mm", Left = "30mm", Right = "15mm" };

    private const string Footer = "<div style=\"width:100%;text-align:center;font-size:10pt;font-family:'Liberation Serif','DejaVu Serif',serif\">" +
        "<span class=\"pageNumber\"></span></div>";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>The page's stylesheet, inlined: read once, it ships with the app.</summary>
    private readonly Lazy<string> _css = new(() => File.ReadAllText(Path.Combine(env.WebRootPath, "css", "report.css")));

    public async Task<byte[]> RenderAsync(ReportFigures f, CancellationToken ct)
    {
        var css = _css.Value;
        var document = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\" /><title>Báo cáo " + ReportText.PeriodName(f.Kind, f.Period) +
            "</title><style>" + css + "</style></head><body class=\"report-print\">" + html.Render(f) + "</body></html>";
        IBrowser browser;
        try { browser = await chromium.GetBrowserAsync(ct); }
        catch (CaptureFailedException e) { throw new ServiceUnavailableException("No browser to print the report's PDF.", e); }
        await using var context = await browser.NewContextAsync(new() { JavaScriptEnabled = false, Offline = true });
        await context.RouteAsync("**/*", route => route.AbortAsync());
        var page = await context.NewPageAsync();
        await page.SetContentAsync(document, new() { WaitUntil = WaitUntilState.Load, Timeout = (float)Limit.TotalMilliseconds }).WaitAsync(ct);
        return await page.PdfAsync(new()
        {
            Format = "A4", Margin = Margins, PrintBackground = true, PreferCSSPageSize = false,
            DisplayHeaderFooter = true, HeaderTemplate = "<span></span>", FooterTemplate = Footer,
        }).WaitAsync(Limit, ct);
    }
}
