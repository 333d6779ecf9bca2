using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Admin;

public abstract partial class AdminUserTests<TApp>
{
    private static readonly string[] DemoRoles = ["inspector", "teamlead", "supervisor", "police", "association", "analyst", "admin"];

    [Fact]
    public async Task Every_admin_endpoint_answers_403_to_every_other_role_and_401_to_nobody()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/staff/admin", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Path: Concrete(e.RoutePattern.RawText!))))
            .ToList();
        Assert.Contains(("POST", "/api/staff/admin/users/inspector/deactivate"), endpoints);
        Assert.True(endpoints.Count >= 14, $"{endpoints.Count} admin endpoints");

        foreach (var role in DemoRoles.Where(r => r != "admin"))
        {
            var client = await app.StaffClientAsync(role);
            foreach (var (method, path) in endpoints)
            {
                var answer = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
                Assert.True(answer.StatusCode == HttpStatusCode.Forbidden, $"{role} {method} {path}: {answer.StatusCode}");
            }
        }
        foreach (var (method, path) in endpoints)
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path))).StatusCode);
        Assert.True((await (await app.StaffClientAsync("inspector")).GetAsync("/api/staff/tasks")).IsSuccessStatusCode, "the inspector still works");
        var paths = (await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync()).GetProperty("paths");
        foreach (var path in new[] { "/api/staff/admin/users", "/api/staff/admin/users/{userName}", "/api/staff/admin/users/{userName}/deactivate", "/api/staff/admin/audit" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    private static string Concrete(string pattern) => pattern.Replace("{userName}", "inspector", StringComparison.Ordinal).Replace("{code}", "QLTT", StringComparison.Ordinal);

    [Fact]
    public async Task Each_roles_landing_page_links_only_to_pages_that_role_opens()
    {
        foreach (var role in DemoRoles)
        {
            var browser = await app.CookieAsync(role);
            var landing = await browser.GetAsync("/staff");
            Assert.Equal(HttpStatusCode.OK, landing.StatusCode);
            var html = await landing.Content.ReadAsStringAsync();
            var links = Regex.Matches(html, "href=\"(/staff[^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
            var landingLinks = Regex.Matches(html[html.IndexOf("<main", StringComparison.Ordinal)..], "href=\"(/staff[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(landingLinks);
            foreach (var link in links)
                Assert.True((await browser.GetAsync(link)).StatusCode == HttpStatusCode.OK, $"{role}: {link}");
            if (role == "analyst") Assert.Equal(["/staff/reports"], landingLinks);
            if (role == "admin")
                foreach (var page in new[] { "/staff/admin/users", "/staff/admin/audit", "/staff/admin/workflows", "/staff/admin/incidents", "/staff/reports", "/staff/admin/agencies" })
                    Assert.Contains(page, landingLinks);
            if (role == "inspector") Assert.Contains("/staff/tasks", landingLinks);
        }
    }

    [Fact]
    public async Task Admin_actions_are_audited_field_by_field_without_password_material()
    {
        var admin = await app.StaffClientAsync("admin");
        var name = await admin.NewInspectorAsync("nk");
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchAsJsonAsync($"/api/staff/admin/users/{name}", new { fullName = "Trần Thị Đã Sửa", role = "team_lead", team = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/staff/admin/users/{name}/reset-password", new { password = "Mat-khau-moi-2028" })).StatusCode);
        var team = "DOI-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/staff/admin/teams", new { code = team, name = "Đội thử", agency = "QLTT" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/staff/admin/teams/{team}", new { name = "Đội thử nghiệm" })).StatusCode);

        // An agency keeps its kind: only names change.
        var police = await admin.PutAsJsonAsync("/api/staff/admin/agencies/ca", new { name = "Công an tỉnh (PC03)", nameEn = "Provincial Police (PC03)", kind = "qltt" });
        Assert.Equal(("CA", "police"), ((await police.JsonAsync()).GetProperty("code").GetString(), (await police.JsonAsync()).GetProperty("kind").GetString()));

        var raw = await (await admin.GetAsync($"/api/staff/admin/audit?target={name}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Mat-khau-moi-2028", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminClient.StrongPassword, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", raw, StringComparison.Ordinal); // the hasher's format marker
        var page = System.Text.Json.JsonDocument.Parse(raw).RootElement;
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["user.password_reset", "user.updated", "user.created"], items.Select(i => i.GetProperty("action").GetString()));
        Assert.All(items, i => Assert.Equal("admin", i.GetProperty("actor").GetString()));
        var changes = items[1].GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!, c => (c.GetProperty("before").GetString(), c.GetProperty("after").GetString()));
        Assert.Equal(("Trần Thị Kiểm Tra", "Trần Thị Đã Sửa"), changes["fullName"]);
        Assert.Equal(("inspector", "team_lead"), changes["role"]);
        Assert.Equal(("QLTT-D1", null), changes["team"]);
        Assert.Equal(3, changes.Count);
        var reset = items[0].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "password");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reset.GetProperty("before").ValueKind);

        var renamed = await (await admin.GetAsync($"/api/staff/admin/audit?target={team.ToLowerInvariant()}&user=ADMIN")).JsonAsync();
        Assert.Equal(["team.updated", "team.created"], renamed.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()));
        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, (await (await admin.GetAsync($"/api/staff/admin/audit?target={name}&from={today}&to={today}")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(0, (await (await admin.GetAsync($"/api/staff/admin/audit?target={name}&from=2999-01-01")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(["Ngày không hợp lệ (định dạng yyyy-MM-dd)."], (await (await admin.GetAsync("/api/staff/admin/audit?from=31/12/2026")).ErrorsAsync())["from"]);

        var auditPage = await (await app.CookieAsync("admin")).GetStringAsync($"/staff/admin/audit?target={name}");
        Assert.Contains("Vai trò: Kiểm soát viên → Đội trưởng", WebUtility.HtmlDecode(auditPage), StringComparison.Ordinal);
        Assert.DoesNotContain("team_lead", auditPage, StringComparison.Ordinal);
    }
}
