using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>The analyst opens the leadership dashboard and a monthly report in Chromium; a liaison is refused.</summary>
public sealed class ReportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Recorder = "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task Analyst_sees_the_trend_chart_and_the_ward_table_then_opens_a_month_and_downloads_its_files()
    {
        var page = await SignedInAsync("analyst");
        await page.Locator("header nav a", new() { HasText = "Báo cáo" }).ClickAsync();
        Assert.EndsWith("/staff/reports", page.Url, StringComparison.Ordinal);

        var trend = page.Locator("#dashboard-trend img");
        await Assertions.Expect(trend).ToBeVisibleAsync();
        Assert.StartsWith("data:image/svg+xml;base64,", await trend.GetAttributeAsync("src"), StringComparison.Ordinal);
        Assert.True(await trend.EvaluateAsync<int>("i => i.naturalWidth") > 0, "the SVG chart loads under the page's policy");
        await Assertions.Expect(page.Locator("#ward-table thead")).ToContainTextAsync("Xã, phường");
        await Assertions.Expect(page.Locator("#target-status")).ToContainTextAsync("Chỉ tiêu giảm ≥10%");

        await page.Locator("#latest-report").ClickAsync();
        await Assertions.Expect(page.Locator("#report-document .national-title")).ToHaveTextAsync("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        await Assertions.Expect(page.Locator("#report-document h1.doc-title")).ToContainTextAsync("BÁO CÁO");
        await Assertions.Expect(page.Locator("#report-document #chart-trend img")).ToBeVisibleAsync();
        Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__csp"));

        foreach (var (format, type) in new[] { ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), ("csv", "text/csv; charset=utf-8") })
        {
            var href = await page.Locator($"#report-downloads a[href$='format={format}']").GetAttributeAsync("href");
            var file = await page.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, file.Status);
            Assert.Equal(type, file.Headers["content-type"]);
            Assert.Matches($"attachment; filename=bao-cao-\\d{{4}}-\\d{{2}}\\.{format}", file.Headers["content-disposition"]);
        }
        Assert.Equal(400, (await page.Context.APIRequest.GetAsync("/staff/reports/monthly/2026-10?format=docx")).Status);
        Assert.Equal(404, (await page.GotoAsync("/staff/reports/monthly/2026-13"))!.Status);
    }

    [Fact]
    public async Task A_liaison_is_refused_the_reports()
    {
        var page = await SignedInAsync("police");
        await Assertions.Expect(page.Locator("header nav a", new() { HasText = "Báo cáo" })).ToHaveCountAsync(0);
        Assert.Equal(403, (await page.GotoAsync("/staff/reports"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/staff/reports/monthly/2026-10?format=csv"))!.Status);
    }

    private async Task<IPage> SignedInAsync(string userName)
    {
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync(Recorder);
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        return page;
    }
}
