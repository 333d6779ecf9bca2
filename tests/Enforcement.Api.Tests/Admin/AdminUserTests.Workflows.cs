using System.Net;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Admin;

public abstract partial class AdminUserTests<TApp>
{
    [Fact]
    public async Task The_workflows_page_counts_running_processes_per_version_and_migrates_one_with_a_reason()
    {
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        await supervisor.DoAsync(code, "classify", "enforcement");
        var process = (await supervisor.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("process").GetString() == "qltt-enforcement");
        var (id, version) = (process.GetProperty("id").GetInt64(), process.GetProperty("version").GetInt32());
        int running;
        using (var scope = app.Services.CreateScope())
            running = await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().Set<WorkflowInstance>()
                .CountAsync(i => i.DefinitionId == "qltt-enforcement" && i.DefinitionVersion == version && i.Status == InstanceStatuses.Running);

        var browser = await app.CookieAsync("admin");
        var list = await browser.GetStringAsync("/staff/admin/workflows");
        Assert.Matches($"data-definition=\"qltt-enforcement\" data-version=\"{version}\">[\\s\\S]*?<td class=\"running\">{running}</td>", list);
        var url = $"/staff/admin/workflows/qltt-enforcement/{version}";
        var page = await browser.GetStringAsync(url);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{id}\">#{id}</option>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(code, page, StringComparison.Ordinal); // an administrator reads no case

        var form = new Dictionary<string, string> { ["instanceId"] = $"{id}", ["toVersion"] = $"{version - 1}", ["__RequestVerificationToken"] = AdminClient.FormToken(page) };
        var noReason = await browser.PostAsync(url + "?handler=Migrate", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(version, (await supervisor.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("id").GetInt64() == id).GetProperty("version").GetInt32());

        form["reason"] = "Thử chuyển phiên bản từ trang quản trị";
        var moved = await browser.PostAsync(url + "?handler=Migrate", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Contains($"Đã chuyển 1 quy trình sang phiên bản {version - 1}.", await browser.GetStringAsync(url), StringComparison.Ordinal);
        var after = await supervisor.CaseAsync(code);
        Assert.Equal(version - 1, after.GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("id").GetInt64() == id).GetProperty("version").GetInt32());
        Assert.Contains(after.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "migrated" && e.GetProperty("comment").GetString() == form["reason"]);
    }
}
