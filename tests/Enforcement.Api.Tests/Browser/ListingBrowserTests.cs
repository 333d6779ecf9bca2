using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Api.Tests.Listings.Search;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>An inspector searches listings in Chromium, reads the risk factors, narrows by a facet, links a hit to a case and saves a sweep.</summary>
public sealed class ListingBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Inspector_searches_reads_factors_narrows_links_a_hit_to_a_case_and_saves_a_sweep()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var inspector = await browser.App.StaffClientAsync("inspector");
        await inspector.ImportAsync(string.Join('\n',
            ListingsClient.Line($"fake-{run}", $"Túi xách LV like auth {run} 1:1 hàng siêu cấp", 450_000, "Louis Vuitton", seller: $"a{run}"),
            ListingsClient.Line($"copy-{run}", $"Túi xách LV like auth {run} 1:1 hàng siêu cấp", 480_000, "Louis Vuitton", seller: $"b{run}", platform: "lazada"),
            ListingsClient.Line($"wallet-{run}", $"Ví LV like auth {run} 1:1 hàng da bò", 250_000, "Louis Vuitton", seller: $"b{run}", platform: "lazada"),
            ListingsClient.Line($"real-{run}", "Túi xách Louis Vuitton Neverfull chính hãng", 45_000_000, "Louis Vuitton", seller: $"c{run}"),
            ListingsClient.Line($"sauce-{run}", "Nước mắm Phú Quốc 40 độ đạm", 125_000, seller: $"d{run}")));
        await browser.App.IndexAsync();
        var code = await browser.App.FileAsync();

        var page = await SignedInAsync("inspector");
        await page.Locator("header nav a", new() { HasText = "Tin rao bán" }).ClickAsync();
        Assert.EndsWith("/staff/listings", page.Url, StringComparison.Ordinal);

        // Type-ahead: the list appears under the box while typing.
        await page.Locator("#q").PressSequentiallyAsync("tui xach lv like");
        await Assertions.Expect(page.Locator("#suggestions")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#suggestions li").First).ToContainTextAsync("LV like auth");

        await page.FillAsync("#q", "tui xach lv like auth");
        await page.PressAsync("#q", "Enter");
        var first = page.Locator("li.hit").First;
        await Assertions.Expect(first.Locator("a.title")).ToContainTextAsync("Túi xách LV like auth");
        Assert.True(await first.Locator("a.title mark").CountAsync() >= 3, "the typed words are marked in the title");
        await Assertions.Expect(page.Locator("li.hit a.title", new() { HasText = "Neverfull" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#total")).ToContainTextAsync("2 tin rao bán");

        await first.Locator("details.risk summary").ClickAsync();
        await Assertions.Expect(first.Locator("details.risk ul.factors li").First).ToBeVisibleAsync();
        await Assertions.Expect(first.Locator("details.risk ul.factors li").First).ToContainTextAsync("+");

        // A facet narrows the hits and the count follows; the search words stay.
        await page.Locator("section.facet[data-facet='platform'] a", new() { HasText = "Lazada" }).ClickAsync();
        await Assertions.Expect(page.Locator("#total")).ToContainTextAsync("1 tin rao bán");
        Assert.Equal("tui xach lv like auth", await page.InputValueAsync("#q"));
        var hit = page.Locator("li.hit").First;
        var id = await hit.GetAttributeAsync("data-listing");

        // A wrong case code is said beside the hit, nothing else moves.
        await hit.Locator("details.hit-actions summary").ClickAsync();
        await hit.Locator("form.link input[name='caseCode']").FillAsync("PA-1999-999999");
        await hit.Locator("form.link button").ClickAsync();
        await Assertions.Expect(page.Locator($"#hit-{id} form.link .field-error")).ToContainTextAsync("Không tìm thấy vụ việc");

        await page.Locator($"#hit-{id} form.link input[name='caseCode']").FillAsync(code);
        await page.Locator($"#hit-{id} form.link button").ClickAsync();
        await Assertions.Expect(page.Locator("#listings-message")).ToContainTextAsync($"Đã gắn tin rao bán vào vụ việc {code}");
        Assert.Contains("platform=lazada", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#total")).ToContainTextAsync("1 tin rao bán");

        // The listing page: the case under linked cases and the same-title listing on the other platform as similar.
        await page.Locator($"#hit-{id} a.title").ClickAsync();
        await Assertions.Expect(page.Locator("#listing-title")).ToHaveTextAsync($"Túi xách LV like auth {run} 1:1 hàng siêu cấp");
        await Assertions.Expect(page.Locator("#linked-cases a", new() { HasText = code })).ToHaveAttributeAsync("href", $"/staff/complaints/{code}");
        await Assertions.Expect(page.Locator("#similar li[data-reason='title']")).ToContainTextAsync($"Túi xách LV like auth {run} 1:1 hàng siêu cấp");
        await Assertions.Expect(page.Locator("#similar li[data-reason='words']", new() { HasText = $"Ví LV like auth {run}" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"#similar li[data-listing='{id}']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#risk ul.factors li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#history tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#listing-price")).ToContainTextAsync("480.000 ₫");
        await Assertions.Expect(page.Locator("#risk li[data-factor='counterfeit-lexicon']")).ToContainTextAsync("Có từ ngữ thường gặp ở hàng giả");

        // In English, the factors read in English too.
        var listingUrl = new Uri(page.Url).PathAndQuery;
        await page.GotoAsync("/language?lang=en&returnUrl=" + Uri.EscapeDataString(listingUrl));
        await Assertions.Expect(page.Locator("#risk li[data-factor='counterfeit-lexicon']")).ToContainTextAsync("Uses wording common in counterfeit listings");
        await Assertions.Expect(page.Locator("#linked-cases h2")).ToHaveTextAsync("Linked cases");
        await page.GotoAsync("/language?lang=vi&returnUrl=" + Uri.EscapeDataString(listingUrl));

        // Capture with an unknown case: the field message in place, not an error page.
        await page.FillAsync("#capture-form input[name='caseCode']", "PA-1999-999999");
        await page.ClickAsync("#capture-form button");
        await Assertions.Expect(page.Locator("#capture-form .field-error")).ToContainTextAsync("Không tìm thấy vụ việc");
        await Assertions.Expect(page.Locator("#captures li")).ToHaveCountAsync(0);

        // Save the search as a sweep and see it on the sweeps page, then stop it.
        await page.GotoAsync("/staff/listings?q=" + Uri.EscapeDataString("tui xach lv like auth"));
        await page.Locator("details.save-sweep summary").ClickAsync();
        await page.FillAsync("#sweep-form input[name='sweepName']", $"Túi LV giả {run}");
        await page.ClickAsync("#sweep-form button");
        await Assertions.Expect(page.Locator("#listings-message")).ToContainTextAsync($"Đã lưu đợt rà soát \"Túi LV giả {run}\"");
        await page.Locator("a#my-sweeps").ClickAsync();
        var sweep = page.Locator("article.sweep", new() { HasText = $"Túi LV giả {run}" });
        await Assertions.Expect(sweep).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("active"));
        await Assertions.Expect(sweep.Locator("code")).ToHaveTextAsync("tui xach lv like auth");
        await sweep.Locator("button.stop").ClickAsync();
        await Assertions.Expect(page.Locator("#sweeps-message")).ToContainTextAsync("Đã dừng đợt rà soát");
        await Assertions.Expect(page.Locator("article.sweep.stopped", new() { HasText = $"Túi LV giả {run}" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_police_liaison_gets_the_denied_page_and_no_listings_link()
    {
        var page = await SignedInAsync("police");
        await Assertions.Expect(page.Locator("header nav a", new() { HasText = "Tin rao bán" })).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/staff/listings");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Không có quyền truy cập");
        Assert.Equal(403, (await page.GotoAsync("/staff/listings/sweeps"))!.Status);
        Assert.Equal(403, (await page.GotoAsync("/staff/listings/1"))!.Status);
    }

    private async Task<IPage> SignedInAsync(string userName)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        return page;
    }
}
