using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>In Chromium, under the app's Content-Security-Policy: the pages, Swagger UI and the case diagram work; inline script does not run.</summary>
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // Runs before the page's own scripts, and is not subject to the page's policy.
    private const string Recorder = "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task The_form_runs_its_own_script_and_an_injected_inline_script_is_refused()
    {
        var page = await NewPageAsync();
        var response = await page.GotoAsync("/complaints/new");
        Assert.Contains("script-src 'self';", (await response!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#refresh-wards")).ToHaveAttributeAsync("hidden", ""); // wards.js ran
        Assert.Empty(await ViolationsAsync(page));

        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.__inline = true'; document.body.appendChild(s); }");

        Assert.False(await page.EvaluateAsync<bool>("() => window.__inline === true"));
        Assert.Collection(await ViolationsAsync(page), v => Assert.StartsWith("script-src", v, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Swagger_ui_renders_the_operations_without_a_violation()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/api/docs/index.html");

        // Swagger UI builds every operation in the page's own script: over 150 now, which takes seconds on a loaded 2-core machine.
        await Assertions.Expect(page.Locator(".opblock-summary-path", new() { HasText = "/api/complaints" }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Empty(await ViolationsAsync(page));
    }

    [Fact]
    public async Task The_case_diagram_is_drawn_with_its_colours_without_a_violation()
    {
        var code = await browser.App.FileAsync();
        var page = await NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", "supervisor");
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        await page.GotoAsync($"/staff/complaints/{code}");

        var current = page.Locator("g.step.current rect");
        await Assertions.Expect(current).ToHaveCountAsync(1);
        Assert.Equal("rgb(255, 244, 206)", await current.EvaluateAsync<string>("r => getComputedStyle(r).fill"));
        Assert.Empty(await ViolationsAsync(page));
    }

    [Fact]
    public async Task The_listing_search_its_type_ahead_and_the_listing_and_sweeps_pages_run_without_a_violation()
    {
        var inspector = await browser.App.StaffClientAsync("inspector");
        await Listings.Search.ListingsClient.ImportAsync(inspector, Listings.Search.ListingsClient.Line($"csp-{Guid.NewGuid():N}", "Túi xách LV like auth hàng siêu cấp", 450_000, "Louis Vuitton"));
        await Listings.Search.ListingsClient.IndexAsync(browser.App);
        var page = await NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", "inspector");
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        await page.GotoAsync("/staff/listings");

        await page.Locator("#q").PressSequentiallyAsync("tui xach lv");
        await Assertions.Expect(page.Locator("#suggestions li").First).ToBeVisibleAsync();   // listings.js ran
        await page.PressAsync("#q", "Enter");
        await page.Locator("li.hit a.title").First.ClickAsync();
        await Assertions.Expect(page.Locator("#similar")).ToBeVisibleAsync();
        await page.GotoAsync("/staff/listings/sweeps");
        Assert.Empty(await ViolationsAsync(page));
    }

    private async Task<IPage> NewPageAsync()
    {
        var page = await browser.NewPageAsync();
        await page.AddInitScriptAsync(Recorder);
        return page;
    }

    private static async Task<string[]> ViolationsAsync(IPage page) => await page.EvaluateAsync<string[]>("() => window.__csp");
}
