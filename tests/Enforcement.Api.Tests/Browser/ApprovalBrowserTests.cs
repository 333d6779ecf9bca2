using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>A team lead sends a proposed penalty decision back on the case page, the inspector reads why, and the next one is approved.</summary>
public sealed class ApprovalBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignInAsync(string user)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        Assert.EndsWith("/staff/tasks", page.Url, StringComparison.Ordinal);
        return page;
    }

    [Fact]
    public async Task A_proposal_sent_back_with_a_reason_is_shown_to_the_inspector_and_the_next_one_is_approved()
    {
        var today = new ManualClock(DateTimeOffset.UtcNow); // the app runs on the real clock; the forms' dates are today
        var code = await browser.App.FileAsync();
        await (await browser.App.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var inspector = await browser.App.StaffClientAsync("inspector");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Bán nước mắm giả nhãn", violationFound = "true" });
        await inspector.DoAsync(code, "violation-record", "recorded", CaseClient.ViolationFields(today));
        await inspector.DoAsync(code, "penalty-decision", "proposed", CaseClient.DecisionFields(today, 9_000_000));

        var lead = await SignInAsync("teamlead");
        await lead.GotoAsync($"/staff/complaints/{code}");
        var approval = lead.Locator("article.task[data-step='penalty-approval']");
        await Assertions.Expect(approval.Locator("[data-review='proposal'] [data-field='fineVnd']")).ToHaveTextAsync("9.000.000");
        const string Reason = "Đề nghị áp dụng tình tiết giảm nhẹ, mức phạt 7 triệu đồng";
        await approval.Locator("form[id$='-sendBack'] textarea[name='field.sendBackReason']").FillAsync(Reason);
        await approval.Locator("button[data-outcome='sendBack']").ClickAsync();
        await Assertions.Expect(lead.Locator("#case-message")).ToHaveTextAsync("Đã cập nhật.");

        var page = await SignInAsync("inspector");
        await page.GotoAsync($"/staff/complaints/{code}");
        var reopened = page.Locator("article.task[data-step='penalty-decision'] [data-review='sentBack']");
        await Assertions.Expect(reopened).ToContainTextAsync("Đề xuất đã bị trả lại");
        await Assertions.Expect(reopened.Locator("[data-field='sendBackReason']")).ToHaveTextAsync(Reason);
        await inspector.DoAsync(code, "penalty-decision", "proposed", CaseClient.DecisionFields(today, 7_000_000));

        await lead.GotoAsync($"/staff/complaints/{code}");
        await Assertions.Expect(approval.Locator("[data-review='proposal'] [data-field='fineVnd']")).ToHaveTextAsync("7.000.000");
        await approval.Locator("form[id$='-approve'] input[name='confirmed']").CheckAsync();
        await approval.Locator("button[data-outcome='approve']").ClickAsync();
        await Assertions.Expect(lead.Locator("#case-message")).ToHaveTextAsync("Đã cập nhật.");
        await Assertions.Expect(lead.Locator("article.task[data-step='fine-collection']")).ToBeVisibleAsync();
    }
}
