using System.Net.Http.Json;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>An inspector searches the complaint list in Chromium with and without diacritics, and saves the search by name.</summary>
public sealed class FindingBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Inspector_searches_the_list_with_and_without_diacritics_and_saves_the_search()
    {
        var tag = "zq" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'x');
        var body = TestData.ValidComplaint();
        body["business"] = new Dictionary<string, object?> { ["name"] = $"Cửa hàng Đà Lạt {tag}", ["platform"] = "shopee" };
        var filed = await browser.App.CreateClient().PostAsJsonAsync("/api/complaints", body);
        filed.EnsureSuccessStatusCode();
        var code = (await filed.JsonAsync()).GetProperty("trackingCode").GetString()!;

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", "inspector");
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        await page.GotoAsync("/staff/complaints");

        foreach (var q in new[] { $"da lat {tag}", $"Đà Lạt {tag.ToUpperInvariant()}" })
        {
            await page.FillAsync("#q", q);
            await page.PressAsync("#q", "Enter");
            await Assertions.Expect(page.Locator("#complaints tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#complaints tbody tr a").First).ToHaveTextAsync(code);
            Assert.Equal(q, await page.InputValueAsync("#q")); // the search stays in the box and in the URL
            Assert.Contains("q=", page.Url, StringComparison.Ordinal);
        }
        await page.FillAsync("#q", $"Đà Nẵng {tag}");
        await page.PressAsync("#q", "Enter");
        await Assertions.Expect(page.Locator("#no-results")).ToBeVisibleAsync();

        await page.FillAsync("#q", $"da lat {tag}");
        await page.PressAsync("#q", "Enter");
        await page.Locator("#saved-filters summary").ClickAsync();
        await page.FillAsync("#save-filter input[name='filterName']", $"Đà Lạt {tag}");
        await page.ClickAsync("#save-filter button");
        var saved = page.Locator("#saved-filters li a", new() { HasText = $"Đà Lạt {tag}" });
        await Assertions.Expect(saved).ToBeVisibleAsync();
        await page.GotoAsync("/staff/complaints");
        await page.Locator("#saved-filters li a", new() { HasText = $"Đà Lạt {tag}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#complaints tbody tr a").First).ToHaveTextAsync(code);
        Assert.Equal($"da lat {tag}", await page.InputValueAsync("#q"));
    }
}
