using System.Net.Http.Json;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>The people at each end of a handoff read, on the case page, why the file came to them or came back.</summary>
public sealed partial class CaseBrowserTests
{
    [Fact]
    public async Task Dossier_the_police_read_the_crime_description_and_the_inspector_reads_why_the_file_came_back()
    {
        const string crime = "Kho chứa 3.000 chai nước mắm giả nhãn, nghi sản xuất hàng giả quy mô lớn";
        var code = await Browser.App.FileAsync();
        var (supervisor, inspector, police) = (await Browser.App.StaffClientAsync("supervisor"), await Browser.App.StaffClientAsync("inspector"), await Browser.App.StaffClientAsync("police"));
        await supervisor.DoAsync(code, "classify", "enforcement");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Phát hiện hàng giả", violationFound = "true" });
        var process = (await inspector.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("process").GetString() == "qltt-enforcement");
        (await inspector.PostAsJsonAsync($"/api/staff/cases/{code}/processes/{process.GetProperty("id").GetInt64()}/signals/crimeSigns",
            new { fields = new { crimeDescription = crime } })).EnsureSuccessStatusCode();

        var page = await SignInAsync("police");
        await page.GotoAsync($"/staff/complaints/{code}");
        await Assertions.Expect(page.Locator("#dossier-reason")).ToHaveTextAsync(crime);
        await Assertions.Expect(page.Locator("#dossier-from")).ToContainTextAsync("Nguyễn Văn An");
        await Assertions.Expect(page.Locator("#contact-withheld")).ToBeVisibleAsync();
        // The dossier comes before the tasks.
        Assert.True(await page.EvaluateAsync<bool>("() => !!(document.querySelector('#case-dossier').compareDocumentPosition(document.querySelector('#tasks-heading')) & Node.DOCUMENT_POSITION_FOLLOWING)"));

        await police.DoAsync(code, "police-review", "returned", new { returnReason = "Chưa đủ yếu tố cấu thành tội phạm" });
        var back = await SignInAsync("inspector");
        await back.GotoAsync($"/staff/complaints/{code}");
        var reason = back.Locator("article.task[data-step='violation-record'] .return-reason");
        await Assertions.Expect(reason).ToContainTextAsync("Chưa đủ yếu tố cấu thành tội phạm");
        await Assertions.Expect(reason).ToContainTextAsync("Hoàng Minh Đức");
        await Assertions.Expect(back.Locator("#case-timeline li[data-kind='task_completed']").Last).ToContainTextAsync("Trả hồ sơ cho QLTT");
    }

    [Fact]
    public async Task Dossier_the_association_reads_why_the_business_refused()
    {
        var code = await Browser.App.FileAsync("consumer_dispute");
        var (supervisor, inspector) = (await Browser.App.StaffClientAsync("supervisor"), await Browser.App.StaffClientAsync("inspector"));
        await supervisor.DoAsync(code, "classify", "dispute");
        await inspector.DoAsync(code, "notify-business", "notified");
        await inspector.DoAsync(code, "await-response", "refused", new { refusalReason = "Cửa hàng cho rằng sản phẩm đã qua sử dụng" });

        var page = await SignInAsync("association");
        await page.GotoAsync($"/staff/complaints/{code}");
        await Assertions.Expect(page.Locator("#dossier-reason")).ToHaveTextAsync("Cửa hàng cho rằng sản phẩm đã qua sử dụng");
        await Assertions.Expect(page.Locator("#dossier-sharing")).ToContainTextAsync("không chia sẻ");
    }

    private async Task<IPage> SignInAsync(string user)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        await page.WaitForURLAsync(url => !url.Contains("/staff/login", StringComparison.Ordinal));
        return page;
    }
}
