using System.Net.Http.Headers;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Complaints;
using Enforcement.Api.Tests.Evidence;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Evidence.Packaging;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>An inspector captures a listing from the case page, sees it, verifies it and exports the package.</summary>
public sealed class EvidenceBrowserTests(EvidenceBrowserFixture browser) : IClassFixture<EvidenceBrowserFixture>
{
    [Fact]
    public async Task Inspector_captures_a_listing_from_the_case_page_and_sees_verifies_and_exports_it()
    {
        var site = await ListingSite.GetAsync();
        var code = await browser.App.FileAsync();
        var page = await SignedInAsync("inspector");
        await page.GotoAsync($"/staff/complaints/{code}");

        var url = site.Url($"/changing/B-{Guid.NewGuid():N}");
        await page.FillAsync("#evidence input[name='url']", url);
        await page.ClickAsync("#evidence form button:text-is('Thu thập')");
        await Assertions.Expect(page.Locator("#case-message")).ToContainTextAsync("Đã xếp hàng thu thập");

        // The section reloads itself until the capture is done.
        var capture = page.Locator("article.capture-succeeded", new() { HasText = url });
        await Assertions.Expect(capture).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(capture.Locator(".listing-title")).ToHaveTextAsync("Nước mắm Phú Quốc 40 độ đạm chai 500ml");
        await Assertions.Expect(capture.Locator(".listing-price")).ToHaveTextAsync("125.000 ₫");
        await Assertions.Expect(capture.Locator(".artifacts li")).ToHaveCountAsync(7);
        var thumbnail = capture.Locator("img.thumbnail");
        await Assertions.Expect(thumbnail).ToBeVisibleAsync();
        Assert.True(await thumbnail.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : -1") > 0, "the screenshot loads in the page");

        await capture.Locator("button.verify").ClickAsync();
        await Assertions.Expect(page.Locator("article.capture-succeeded .verification")).ToContainTextAsync("Toàn vẹn");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("article.capture-succeeded a.button", new() { HasText = "Xuất gói chứng cứ" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"enf-export-{Guid.NewGuid():N}.zip");
        await download.SaveAsAsync(path);
        await using (var zip = File.OpenRead(path))
        {
            var result = await EvidencePackage.VerifyAsync(zip, CancellationToken.None);
            Assert.True(result.Valid, string.Join("; ", result.Problems));
        }
        File.Delete(path);

        await page.ReloadAsync();
        await page.Locator("article.capture-succeeded details.custody summary").ClickAsync();
        // Every look at the screenshot (the thumbnail on each load) and the export are in the log, after the capture.
        var entries = await page.Locator("article.capture-succeeded details.custody li").AllInnerTextsAsync();
        Assert.Contains("captured", entries[0], StringComparison.Ordinal);
        Assert.Contains(entries, e => e.Contains("viewed", StringComparison.Ordinal) && e.Contains("inspector", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains("exported", StringComparison.Ordinal));

        // The seller has raised the price since: capturing again shows what changed.
        var first = await page.Locator("article.capture-succeeded").GetAttributeAsync("data-capture");
        await page.Locator($"#capture-{first} button", new() { HasText = "Thu thập lại" }).ClickAsync();
        var second = page.Locator($"article.capture-succeeded:not(#capture-{first})");
        await Assertions.Expect(second).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(second.Locator(".listing-price")).ToHaveTextAsync("135.000 ₫");
        await Assertions.Expect(second.Locator(".changes")).ToContainTextAsync($"So với lần #{first}: đã thay đổi giá, nội dung chữ");
    }

    [Fact]
    public async Task An_attachment_link_on_the_case_page_downloads_the_file()
    {
        var form = MalformedBodies.ValidForm();
        var file = new ByteArrayContent(TestData.TinyPng());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "files", "anh.png");
        var filed = await browser.App.CreateClient().PostAsync("/api/complaints", form);
        filed.EnsureSuccessStatusCode();
        var code = (await filed.JsonAsync()).GetProperty("trackingCode").GetString();
        var page = await SignedInAsync("inspector");
        await page.GotoAsync($"/staff/complaints/{code}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("ul.attachments a", new() { HasText = "anh.png" }).ClickAsync());
        var path = await download.PathAsync();
        Assert.Equal(TestData.TinyPng(), await File.ReadAllBytesAsync(path));
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
