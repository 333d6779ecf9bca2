using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Api.Tests.Reports;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>The app on a manual clock (2 April 2031, Vietnam time): March is closed and due on 5 April.</summary>
public sealed class SubmissionsBrowserFixture : BrowserFixture<SubmissionsSqliteApp>;

/// <summary>A leader submits a closed month from its page, re-issues it, and the dashboard counts it; an analyst cannot submit.</summary>
public sealed class ReportSubmissionBrowserTests(SubmissionsBrowserFixture browser) : IClassFixture<SubmissionsBrowserFixture>
{
    [Fact]
    public async Task Supervisor_submits_a_closed_month_on_time_downloads_the_frozen_files_and_the_dashboard_counts_it()
    {
        browser.App.SetVietnamTime(2031, 4, 2, 10);
        var page = await SignedInAsync("supervisor");
        await page.GotoAsync("/staff/reports/monthly/2031-03");
        await Assertions.Expect(page.Locator("#due-date")).ToHaveTextAsync("Hạn nộp: 05/04/2031");
        await Assertions.Expect(page.Locator("#no-versions")).ToBeVisibleAsync();
        await page.Locator("#submit-form button").ClickAsync();

        var row = page.Locator("#versions tbody tr[data-version='1']");
        await Assertions.Expect(row).ToContainTextAsync("02/04/2031 10:");
        await Assertions.Expect(row).ToContainTextAsync("supervisor");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("đúng hạn");
        var hash = await row.Locator("code.hash").GetAttributeAsync("title");
        Assert.Matches("^[0-9a-f]{64}$", hash!);
        Assert.StartsWith(hash![..12], await row.Locator("code.hash").InnerTextAsync(), StringComparison.Ordinal);

        foreach (var format in new[] { "pdf", "xlsx" })
        {
            var link = row.Locator($"a[href*='format={format}']");
            var file = await page.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
            Assert.Equal(200, file.Status);
            var bytes = await file.BodyAsync();
            Assert.Equal(SubmissionsClient.Sha256(bytes), file.Headers["x-content-sha256"]);
            Assert.Equal("SHA-256 " + SubmissionsClient.Sha256(bytes), await link.GetAttributeAsync("title"));
        }

        // A re-issue needs a reason: the server says so in Vietnamese next to the field (the browser's own check removed).
        await page.EvalOnSelectorAsync("#reason", "e => e.removeAttribute('required')");
        await page.Locator("#submit-form button").ClickAsync();
        var error = page.Locator("#reason-error");
        await Assertions.Expect(error).ToHaveTextAsync("Báo cáo đã được nộp (phiên bản 1); vui lòng nêu lý do nộp lại.");
        Assert.Equal("reason-error", await page.Locator("#reason").GetAttributeAsync("aria-describedby"));
        await page.FillAsync("#reason", "Bổ sung biên bản");
        await page.Locator("#submit-form button").ClickAsync();
        await Assertions.Expect(page.Locator("#submit-error")).ToContainTextAsync("Số liệu không thay đổi so với phiên bản 1");
        await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(1);

        await page.GotoAsync("/staff/reports");
        // January and February are overdue, March is on time; the yearly report is not yet due.
        await Assertions.Expect(page.Locator("#timeliness-kpi")).ToHaveTextAsync("Báo cáo đúng hạn: 1/3 (33,3 %) — chỉ tiêu 100 %");
        await Assertions.Expect(page.Locator("#timeliness-table tr[data-period='2031-03'] .badge")).ToHaveTextAsync("đúng hạn");
        await Assertions.Expect(page.Locator("#timeliness-table tr[data-period='2031-01'] .badge")).ToHaveTextAsync("quá hạn chưa nộp");
        await Assertions.Expect(page.Locator("#timeliness-table tr[data-period='2031-05'] .badge")).ToHaveTextAsync("chưa đến hạn");
        await Assertions.Expect(page.Locator("#timeliness-table tr[data-period='2031-03']")).ToContainTextAsync("05/04/2031");
    }

    [Fact]
    public async Task Analyst_sees_the_due_date_but_no_submit_form_and_cannot_post_one()
    {
        browser.App.SetVietnamTime(2031, 4, 2, 10);
        var page = await SignedInAsync("analyst");
        await page.GotoAsync("/staff/reports/monthly/2031-02");
        await Assertions.Expect(page.Locator("#due-date")).ToHaveTextAsync("Hạn nộp: 05/03/2031");
        await Assertions.Expect(page.Locator("#submit-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#report-document")).ToBeVisibleAsync();

        // A hand-made post with a valid antiforgery token (the layout's sign-out form) is still refused: not a submitter.
        var response = await page.RunAndWaitForResponseAsync(() => page.EvaluateAsync("""
            () => {
                const f = document.createElement('form');
                f.method = 'post';
                f.action = location.pathname + '?handler=submit';
                f.appendChild(document.querySelector('input[name=__RequestVerificationToken]').cloneNode());
                document.body.appendChild(f);
                f.submit();
            }
            """), r => r.Url.Contains("/staff/denied", StringComparison.Ordinal));
        Assert.Equal(403, response.Status);
        await page.WaitForURLAsync("**/staff/denied**");
        await page.GotoAsync("/staff/reports/monthly/2031-02");
        await Assertions.Expect(page.Locator("#no-versions")).ToBeVisibleAsync();
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
