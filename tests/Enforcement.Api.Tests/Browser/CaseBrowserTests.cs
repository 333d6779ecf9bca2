using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>An inspector works a task through the real pages and sees the timeline and the diagram move.</summary>
/// <remarks>One class (in parts) so the case pages' browser tests share one app and one Chromium.</remarks>
public sealed partial class CaseBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private BrowserFixture Browser => browser;

    [Fact]
    public async Task Inspector_opens_the_queue_completes_a_task_and_sees_timeline_and_diagram_update()
    {
        var code = await browser.App.FileAsync();
        await (await browser.App.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", "inspector");
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        Assert.EndsWith("/staff/tasks", page.Url, StringComparison.Ordinal);

        var row = page.Locator("#tasks tr", new() { HasText = code });
        await Assertions.Expect(row).ToContainTextAsync("Xác minh thông tin phản ánh");
        await row.Locator($"a:text-is('{code}')").ClickAsync();

        await Assertions.Expect(page.Locator("g.step.current[data-step='verification']")).ToHaveCountAsync(1);
        var timelineBefore = await page.Locator("#case-timeline li").CountAsync();
        await page.ClickAsync("article.task[data-step='verification'] button[data-outcome='confirmed']");

        await Assertions.Expect(page.Locator("#case-message")).ToHaveTextAsync("Đã cập nhật.");
        await Assertions.Expect(page.Locator("article.task[data-step='inspection']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("g.step.current[data-step='inspection']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("g.step.visited[data-step='verification']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("path.edge.taken[data-from='verification'][data-to='inspection']")).ToHaveCountAsync(1);
        Assert.True(await page.Locator("#case-timeline li").CountAsync() > timelineBefore);
        await Assertions.Expect(page.Locator("#case-timeline li[data-kind='task_completed']").Last).ToContainTextAsync("Có cơ sở, tiến hành kiểm tra");

        // A required field left empty: the message is shown in place, nothing moves.
        await page.ClickAsync("article.task[data-step='inspection'] button[data-outcome='done']");
        await Assertions.Expect(page.Locator("#case-message")).ToContainTextAsync("Vui lòng nhập trường này.");
        await Assertions.Expect(page.Locator("g.step.current[data-step='inspection']")).ToHaveCountAsync(1);
    }
}
