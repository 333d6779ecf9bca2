using System.Text.RegularExpressions;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>A consumer files a complaint through the real page on a phone-sized screen; an inspector finds it.</summary>
public sealed class ComplaintFormBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Description = "Tôi mua chai nước mắm Phú Quốc trên Shopee nhưng nhãn in mờ, mã QR không truy xuất được. Nghi hàng giả.";

    [Fact]
    public async Task Consumer_files_in_Vietnamese_with_a_photo_tracks_it_and_the_inspector_finds_it()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/complaints/new");
        Assert.Equal("vi", await page.Locator("html").GetAttributeAsync("lang"));
        // Usable on a phone: the form fits the screen's width.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));

        await page.SelectOptionAsync("#category", "counterfeit");
        await page.FillAsync("#description", Description);
        await page.FillAsync("[id='complainant.fullName']", "Nguyễn Thị Hồng Nhung");
        await page.FillAsync("[id='complainant.phone']", "0912 345 678");
        await page.FillAsync("[id='complainant.email']", "nhung@example.vn");
        await page.FillAsync("[id='business.name']", "Cửa hàng Đặc sản Miền Tây");
        await page.SelectOptionAsync("[id='business.platform']", "shopee");
        await page.SelectOptionAsync("[id='location.ward']", TestData.HomeWard);
        await page.FillAsync("[id='purchase.amountVnd']", "185.000");
        await page.SetInputFilesAsync("#attachments", new FilePayload { Name = "nhan-chai.png", MimeType = "image/png", Buffer = TestData.TinyPng() });
        await page.CheckAsync("#consentToProcessing");
        await page.ClickAsync("#submit");

        var code = (await page.Locator("#tracking-code").TextContentAsync())!.Trim();
        Assert.Matches(new Regex(@"^PA-\d{4}-\d{6}$"), code);
        var key = (await page.Locator("#access-key").TextContentAsync())!.Trim();
        Assert.Equal("Đã tiếp nhận", (await page.Locator("#status").TextContentAsync())!.Trim());

        // Later, from the look-up form.
        var again = await browser.NewPageAsync(phone: true);
        await again.GotoAsync("/complaints/status");
        await again.FillAsync("#code", code.ToLowerInvariant());
        await again.FillAsync("#key", key);
        await again.ClickAsync("form.lookup button");
        Assert.Equal(code, (await again.Locator("#tracking-code").TextContentAsync())!.Trim());
        Assert.Equal("Đã tiếp nhận", (await again.Locator("#status").TextContentAsync())!.Trim());

        // The demo inspector signs in and sees it with its photo.
        var staff = await browser.NewPageAsync();
        await staff.GotoAsync("/staff/complaints");
        Assert.Contains("/staff/login", staff.Url, StringComparison.Ordinal);
        await staff.FillAsync("#userName", "inspector");
        await staff.FillAsync("#password", TestData.DemoPassword);
        await staff.ClickAsync("form.narrow button");
        await staff.ClickAsync($"#complaints a:text-is('{code}')");
        await Assertions.Expect(staff.Locator("p.description")).ToHaveTextAsync(Description);
        await Assertions.Expect(staff.Locator("#complaint-attachments")).ToContainTextAsync("nhan-chai.png");
        await Assertions.Expect(staff.Locator("main")).ToContainTextAsync("185.000 ₫");
    }

    [Fact]
    public async Task A_rejected_form_shows_inline_Vietnamese_errors_and_keeps_what_was_typed()
    {
        var page = await browser.NewPageAsync(phone: true);
        await page.GotoAsync("/complaints/new");
        await page.SelectOptionAsync("#category", "consumer_dispute");
        await page.FillAsync("#description", Description);
        await page.FillAsync("[id='complainant.email']", "khong-phai-email");
        await page.SetInputFilesAsync("#attachments", new FilePayload { Name = "anh.jpg", MimeType = "image/jpeg", Buffer = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00] });
        await page.ClickAsync("#submit");

        await Assertions.Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Địa chỉ email không hợp lệ.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Bạn cần đồng ý cho phép xử lý dữ liệu cá nhân");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("\"anh.jpg\" không phải ảnh");
        Assert.Equal(Description, await page.InputValueAsync("#description"));
        Assert.Equal("khong-phai-email", await page.InputValueAsync("[id='complainant.email']"));
        Assert.Equal("consumer_dispute", await page.InputValueAsync("#category"));
        Assert.Equal("true", await page.Locator("[id='complainant.email']").GetAttributeAsync("aria-invalid"));
    }

    [Fact]
    public async Task The_language_switch_turns_the_form_into_English_and_back()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/complaints/new");
        await page.ClickAsync("a[lang=en]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("File a complaint");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.ClickAsync("a[lang=vi]");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Gửi phản ánh");
    }

    [Fact]
    public async Task Without_javascript_the_form_reloads_the_wards_of_another_province_and_still_files()
    {
        var page = await browser.NewPageAsync(phone: true, javaScript: false);
        await page.GotoAsync("/complaints/new");
        await page.SelectOptionAsync("#category", "smuggled");
        await page.FillAsync("#description", "Kho thuốc lá lậu ở Ba Đình");
        await page.CheckAsync("#anonymous");
        await page.SelectOptionAsync("[id='location.province']", "01");
        await page.ClickAsync("#refresh-wards");

        Assert.Equal("Kho thuốc lá lậu ở Ba Đình", await page.InputValueAsync("#description"));
        Assert.Equal("01", await page.InputValueAsync("[id='location.province']"));
        await page.SelectOptionAsync("[id='location.ward']", TestData.OtherWard);
        await page.CheckAsync("#consentToProcessing");
        await page.ClickAsync("#submit");

        Assert.Matches(new Regex(@"^PA-\d{4}-\d{6}$"), (await page.Locator("#tracking-code").TextContentAsync())!.Trim());
    }
}
