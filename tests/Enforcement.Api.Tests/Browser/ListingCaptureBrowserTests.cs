using System.Text.Json;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Evidence;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Api.Tests.Listings.Search;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>From the listing page, an inspector captures its web page for a case: queued, linked, then captured.</summary>
public sealed class ListingCaptureBrowserTests(EvidenceBrowserFixture browser) : IClassFixture<EvidenceBrowserFixture>
{
    [Fact]
    public async Task Capture_evidence_on_the_listing_page_queues_a_capture_for_the_case_and_links_the_listing()
    {
        var site = await ListingSite.GetAsync();
        var run = Guid.NewGuid().ToString("N")[..8];
        var url = site.Url($"/changing/L-{run}");
        var inspector = await browser.App.StaffClientAsync("inspector");
        await inspector.ImportAsync(JsonSerializer.Serialize(new
        {
            platform = "other", listingId = $"L-{run}", url, title = $"Nước mắm Phú Quốc {run}", price = 125_000,
            seller = new { id = $"s{run}", name = "Tạp hóa Minh Châu" },
        }));
        await browser.App.IndexAsync();
        var id = (await inspector.SearchAsync("q=" + run)).GetProperty("hits")[0].GetProperty("id").GetInt64();
        var code = await browser.App.FileAsync();

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", "inspector");
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        await page.GotoAsync($"/staff/listings/{id}");
        await Assertions.Expect(page.Locator("#captures li")).ToHaveCountAsync(0);

        await page.FillAsync("#capture-form input[name='caseCode']", code);
        await page.ClickAsync("#capture-form button");
        await Assertions.Expect(page.Locator("#listing-message")).ToContainTextAsync($"Đã xếp hàng thu thập chứng cứ trang tin rao bán cho vụ việc {code}");
        Assert.EndsWith($"/staff/listings/{id}", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#linked-cases a", new() { HasText = code })).ToHaveCountAsync(1);
        var capture = page.Locator("#captures li").First;
        await Assertions.Expect(capture).ToContainTextAsync(code);
        var captureId = await capture.GetAttributeAsync("data-capture");
        Assert.Equal($"/staff/complaints/{code}#capture-{captureId}", await capture.Locator("a").GetAttributeAsync("href"));

        // The worker captures the page; the listing page then shows it done.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!(await page.Locator("#captures li").First.InnerTextAsync()).Contains("Đã thu thập", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1_000);
            await page.ReloadAsync();
        }
        await Assertions.Expect(page.Locator("#captures li").First).ToContainTextAsync("Đã thu thập");

        // The capture's link goes to the case page's evidence, where the capture is shown.
        await page.Locator("#captures li a").First.ClickAsync();
        await Assertions.Expect(page.Locator($"#capture-{captureId}")).ToBeVisibleAsync();
    }
}
