using System.Text.Json;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Enforcement.Api.Tests.Browser;

/// <summary>
/// axe-core (npm, installed by scripts/test.sh in .tools/axe-core) finds no violation on any staff page, for every demo role
/// that may open it. To check a new page, add a line to <see cref="Pages"/>.
/// </summary>
public sealed class AccessibilityBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// Each staff page and the demo users who open it: every role once, and a page for a second role only where it shows that role
    /// more (a supervisor's case page has assignment and extension). {case}: a case with an open QLTT task; {police-case}: one at the police.
    /// </summary>
    public static readonly (string Path, string[] Users)[] Pages =
    [
        ("/staff/tasks", ["inspector", "police"]),
        ("/staff/complaints", ["teamlead", "police"]),
        ("/staff/complaints/{case}", ["inspector", "supervisor"]),
        ("/staff/complaints/{police-case}", ["police"]),
        ("/staff/listings", ["inspector"]),
        ("/staff/listings/sweeps", ["teamlead"]),
        ("/staff/reports", ["analyst"]),
        ("/staff/reports/monthly/2026-10", ["analyst"]),
        ("/staff/admin/incidents", ["admin"]),
        ("/staff", ["analyst", "admin", "inspector"]),
        ("/staff/admin/users", ["admin"]),
        ("/staff/admin/users/new", ["admin"]),
        ("/staff/admin/users/inspector/edit", ["admin"]),
        ("/staff/admin/agencies", ["admin"]),
        ("/staff/admin/audit", ["admin"]),
        ("/staff/admin/workflows", ["admin"]),
        ("/staff/admin/workflows/triage/1", ["admin"]),
    ];

    [Fact]
    public async Task Axe_finds_no_violation_on_any_staff_page_for_any_role_that_opens_it()
    {
        var app = browser.App;
        var (supervisor, inspector) = (await app.StaffClientAsync("supervisor"), await app.StaffClientAsync("inspector"));
        var atQltt = await app.FileAsync();
        await supervisor.DoAsync(atQltt, "classify", "enforcement");
        var atPolice = await app.FileAsync();
        await CaseClient.HandToPoliceAsync(atPolice, supervisor, inspector);

        var axe = await File.ReadAllTextAsync(AxePath);
        var found = new List<string>();
        foreach (var user in Pages.SelectMany(p => p.Users).Distinct())
        {
            var page = await SignedInAsync(user);
            foreach (var (template, _) in Pages.Where(p => p.Users.Contains(user)))
            {
                var path = template.Replace("{case}", atQltt, StringComparison.Ordinal).Replace("{police-case}", atPolice, StringComparison.Ordinal);
                var response = await page.GotoAsync(path);
                if (response is not { Status: 200 } || page.Url.Contains("/denied", StringComparison.Ordinal)) { found.Add($"{user} cannot open {path} ({response?.Status}, {page.Url})"); continue; }
                // Evaluated through the DevTools protocol, so the page's Content-Security-Policy stays as it is.
                await page.EvaluateAsync(axe);
                var violations = await page.EvaluateAsync<JsonElement>("""
                    async () => (await axe.run(document)).violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
                    """);
                found.AddRange(violations.EnumerateArray().Select(v => $"{user} {path}: {v.GetString()}"));
            }
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, "axe-core violations:\n" + string.Join("\n", found));
    }

    private async Task<IPage> SignedInAsync(string userName)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff/login");
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", TestData.DemoPassword);
        await page.ClickAsync("form.narrow button");
        await page.WaitForURLAsync(url => !url.Contains("/staff/login", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Where scripts/test.sh installs axe-core: &lt;repo&gt;/.tools/axe-core.</summary>
    private static string AxePath
    {
        get
        {
            var repo = Path.GetDirectoryName(WorkflowFolders.Repo())!;
            var file = Path.Combine(repo, ".tools", "axe-core", "node_modules", "axe-core", "axe.min.js");
            if (!File.Exists(file)) throw new InvalidOperationException($"axe-core is not installed: run `npm install --prefix {Path.Combine(repo, ".tools", "axe-core")} axe-core` (scripts/test.sh does it).");
            return file;
        }
    }
}
