using Enforcement.Api.Tests.Admin;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>An administrator switches an account off from the users page; that person's open browser is signed out on its next page.</summary>
public sealed class AdminBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_deactivates_a_user_whose_open_session_then_fails_on_its_next_page_load()
    {
        var name = await (await browser.App.StaffClientAsync("admin")).NewInspectorAsync("trinhduyet");
        var user = await SignedInAsync(name, AdminClient.StrongPassword);
        Assert.EndsWith("/staff/tasks", user.Url, StringComparison.Ordinal);

        var admin = await SignedInAsync("admin", TestData.DemoPassword);
        Assert.EndsWith("/staff", admin.Url, StringComparison.Ordinal);
        await admin.Locator("#landing-links a", new() { HasText = "Người dùng" }).ClickAsync();
        var row = admin.Locator($"#users tr[data-user='{name}']");
        await Assertions.Expect(row).ToContainTextAsync("Đang hoạt động");
        await row.Locator("button[data-action='deactivate']").ClickAsync();
        await Assertions.Expect(admin.Locator("#admin-message")).ToHaveTextAsync("Đã lưu.");
        await Assertions.Expect(row).ToContainTextAsync("Đã vô hiệu hóa");

        await user.ReloadAsync();
        Assert.Contains("/staff/login", user.Url, StringComparison.Ordinal);
        await Assertions.Expect(user.Locator("#userName")).ToBeVisibleAsync();
        await Assertions.Expect(user.Locator("header nav form[action='/staff/logout']")).ToHaveCountAsync(0);
    }

    private async Task<IPage> SignedInAsync(string userName, string password)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form.narrow button");
        return page;
    }
}
