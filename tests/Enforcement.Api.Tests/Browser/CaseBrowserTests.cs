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

    [Fact]
    public async Task Inspector_writes_a_note_and_completes_the_inspection_with_a_photo_from_the_case_page()
    {
        var code = await browser.App.FileAsync();
        await (await browser.App.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        await (await browser.App.StaffClientAsync("inspector")).DoAsync(code, "verification", "confirmed");
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", "inspector");
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        await page.GotoAsync($"/staff/complaints/{code}");

        await page.FillAsync("#note-text", "Cơ sở đóng cửa.\nQuay lại sáng mai.");
        await page.ClickAsync("#note button");
        await Assertions.Expect(page.Locator("#case-message")).ToHaveTextAsync("Đã lưu ghi chú nội bộ.");
        await Assertions.Expect(page.Locator("#case-notes li")).ToContainTextAsync("Nguyễn Văn An (Kiểm soát viên)");

        var form = page.Locator("article.task[data-step='inspection'] form.outcome").First;
        await form.Locator("[name='field.findings']").FillAsync("Phát hiện hàng giả nhãn");
        await form.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "hien-truong.jpg", MimeType = "image/jpeg", Buffer = [.. GeneratedFile.JpegHeader, 1, 2, 3] });
        await form.Locator("button[data-outcome='done']").ClickAsync();
        await Assertions.Expect(page.Locator("#case-message")).ToHaveTextAsync("Đã cập nhật.");
        await Assertions.Expect(page.Locator("#case-files li")).ToContainTextAsync("hien-truong.jpg");
        await Assertions.Expect(page.Locator("#case-files li")).ToContainTextAsync("Kiểm tra cơ sở kinh doanh");
        var download = await page.APIRequest.GetAsync((await page.Locator("#case-files a").GetAttributeAsync("href"))!);
        Assert.Equal([.. GeneratedFile.JpegHeader, 1, 2, 3], await download.BodyAsync());
    }

    [Fact]
    public async Task An_irreversible_outcome_asks_for_confirmation_and_a_cancelled_one_changes_nothing()
    {
        var code = await browser.App.FileAsync();
        var supervisor = await browser.App.StaffClientAsync("supervisor");
        var status = await browser.App.PublicStatusAsync(code);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", "supervisor");
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        await page.GotoAsync($"/staff/complaints/{code}");

        // The complaint comes before the task; the reason is a text area; rejecting asks to confirm, other outcomes do not.
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('p.description').compareDocumentPosition(document.querySelector('#tasks-heading')) === Node.DOCUMENT_POSITION_FOLLOWING"));
        var reject = page.Locator("form.outcome:has(button[data-outcome='reject'])");
        await Assertions.Expect(reject.Locator("textarea[name='field.rejectionReason']")).ToHaveCountAsync(1);
        await Assertions.Expect(reject.Locator("input[name='confirmed']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("form.outcome:has(button[data-outcome='enforcement']) input[name='confirmed']")).ToHaveCountAsync(0);
        await reject.Locator("textarea[name='field.rejectionReason']").FillAsync("Không thuộc thẩm quyền");

        // Not confirmed: the browser does not send it.
        await reject.Locator("button[data-outcome='reject']").ClickAsync();
        Assert.False(await reject.Locator("input[name='confirmed']").EvaluateAsync<bool>("c => c.checkValidity()"));
        await Assertions.Expect(page.Locator("#case-message")).ToHaveCountAsync(0);
        await supervisor.TaskAtAsync(code, "classify");

        // Sent anyway (a browser without validation): refused, the summary takes the focus and points at the box; still nothing moves.
        await reject.EvaluateAsync("f => { f.noValidate = true; }");
        await reject.Locator("button[data-outcome='reject']").ClickAsync();
        await Assertions.Expect(page.Locator("#case-message")).ToContainTextAsync("Vui lòng đánh dấu xác nhận");
        await Assertions.Expect(page.Locator("#case-message")).ToBeFocusedAsync();
        var box = page.Locator("form.outcome:has(button[data-outcome='reject']) input[name='confirmed']");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#" + await box.GetAttributeAsync("aria-describedby"))).ToContainTextAsync("Vui lòng đánh dấu xác nhận");
        await Assertions.Expect(reject.Locator("textarea[name='field.rejectionReason']")).ToHaveValueAsync("Không thuộc thẩm quyền");
        await supervisor.TaskAtAsync(code, "classify");
        Assert.Equal(status, await browser.App.PublicStatusAsync(code));

        // A skip link leads past the navigation; on paper the facts and timeline stay and the forms and buttons go.
        await Assertions.Expect(page.Locator("a.skip-link[href='#main']")).ToHaveCountAsync(1);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("header.top")).ToBeHiddenAsync();
        await Assertions.Expect(reject.Locator("button[data-outcome='reject']")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("p.description")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#case-timeline")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await box.CheckAsync();
        await page.ClickAsync("form.outcome button[data-outcome='reject']");
        await Assertions.Expect(page.Locator("#case-message")).ToHaveTextAsync("Đã cập nhật.");
        Assert.Equal("rejected", await browser.App.PublicStatusAsync(code));
    }
}
