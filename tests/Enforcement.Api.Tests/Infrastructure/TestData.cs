using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Enforcement.Api.Tests.Infrastructure;

internal static class TestData
{
    public const string HomeWard = "28249";   // Phường Đạo Thạnh, Đồng Tháp (82)
    public const string OtherWard = "00004";  // Phường Ba Đình, Hà Nội (01)
    public const string DemoPassword = "Demo@2026";

    /// <summary>A complaint that passes validation on the day <paramref name="today"/> (the app's clock; the real date by default).</summary>
    public static Dictionary<string, object?> ValidComplaint(string? email = "nguoidan@example.com", DateOnly? today = null) => new()
    {
        ["category"] = "counterfeit",
        ["description"] = "Phát hiện bán nước mắm giả nhãn hiệu Phú Quốc tại chợ",
        ["complainant"] = new Dictionary<string, object?> { ["fullName"] = "Nguyễn Thị Hạnh", ["phone"] = "0912 345 678", ["email"] = email },
        ["business"] = new Dictionary<string, object?> { ["name"] = "Tạp hóa Minh Châu", ["platform"] = "shopee", ["shopUrl"] = "https://shopee.vn/minhchau" },
        ["location"] = new Dictionary<string, object?> { ["province"] = "82", ["ward"] = HomeWard },
        ["purchase"] = new Dictionary<string, object?> { ["date"] = (today ?? DateOnly.FromDateTime(DateTime.UtcNow)).AddDays(-14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["amountVnd"] = 125000 },
        ["listingUrls"] = new[] { "https://shopee.vn/nuoc-mam-i.1.2" },
        ["consentToProcessing"] = true,
    };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    public static async Task<HttpClient> StaffClientAsync(this AppFactory app, string userName)
    {
        var client = app.CreateClient();
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password = DemoPassword });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.JsonAsync()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>The local (Vietnam) calendar day of a clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(7));

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] TinyPng() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
