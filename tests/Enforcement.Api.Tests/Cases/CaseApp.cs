using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Cases;

/// <summary>The app with a hand-moved clock; timers fire when the test says so.</summary>
public interface ICaseApp
{
    ManualClock Clock { get; }
}

public sealed class CaseSqliteApp : SqliteApp, ICaseApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));

    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => CaseClient.Settings;
}

public sealed class CasePostgresApp : PostgresApp, ICaseApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));

    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => CaseClient.Settings;
}

internal static class CaseClient
{
    /// <summary>Timers fire when a test says so.</summary>
    public static readonly Dictionary<string, string?> Settings = new() { ["Workflows:RunScheduler"] = "false" };

    public static async Task<string> FileAsync(this AppFactory app, string category = "counterfeit")
    {
        var body = TestData.ValidComplaint(today: app is ICaseApp c ? TestData.Today(c.Clock) : null);
        body["category"] = category;
        var response = await app.CreateClient().PostAsJsonAsync("/api/complaints", body);
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync()).GetProperty("trackingCode").GetString()!;
    }

    public static async Task<JsonElement> CaseAsync(this HttpClient client, string code)
    {
        var response = await client.GetAsync($"/api/staff/cases/{code}");
        Assert.True(response.IsSuccessStatusCode, $"GET case {code}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    /// <summary>The one open task of the case, checked to be at the expected step.</summary>
    public static async Task<JsonElement> TaskAtAsync(this HttpClient client, string code, string step)
    {
        var tasks = (await client.CaseAsync(code)).GetProperty("openTasks").EnumerateArray().ToList();
        Assert.True(tasks.Count == 1, $"expected one open task at {step}, found {tasks.Count}");
        Assert.Equal(step, tasks[0].GetProperty("stepId").GetString());
        return tasks[0];
    }

    public static Task<HttpResponseMessage> CompleteAsync(this HttpClient client, JsonElement task, string outcome, object? fields = null, string? comment = null, int? revision = null) =>
        client.PostAsJsonAsync($"/api/staff/tasks/{task.GetProperty("id").GetInt64()}/complete", new { outcome, fields = fields ?? new { }, comment, revision });

    public static async Task DoAsync(this HttpClient client, string code, string step, string outcome, object? fields = null)
    {
        var response = await client.CompleteAsync(await client.TaskAtAsync(code, step), outcome, fields);
        Assert.True(response.IsSuccessStatusCode, $"{step} → {outcome}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Verification confirmed, inspection found a violation with signs of a crime: the case goes to the police.</summary>
    public static async Task HandToPoliceAsync(string code, HttpClient supervisor, HttpClient inspector)
    {
        await supervisor.DoAsync(code, "classify", "enforcement");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Phát hiện 300 chai nước mắm giả nhãn", violationFound = "true" });
        var detail = await inspector.CaseAsync(code);
        var enforcement = detail.GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("process").GetString() == "qltt-enforcement");
        var signal = await inspector.PostAsJsonAsync($"/api/staff/cases/{code}/processes/{enforcement.GetProperty("id").GetInt64()}/signals/crimeSigns",
            new { fields = new { crimeDescription = "Quy mô lớn, nghi sản xuất hàng giả" } });
        Assert.Equal(System.Net.HttpStatusCode.OK, signal.StatusCode);
    }

    /// <summary>A violation record of Decree 98/2020 Art. 11(3) (fine 5–10 million VND for an individual), dated today.</summary>
    public static Dictionary<string, string?> ViolationFields(ManualClock clock, string offenderType = "individual", string? recordDate = null) => new()
    {
        ["recordNumber"] = "01/BB-VPHC", ["recordDate"] = recordDate ?? TestData.Iso(TestData.Today(clock)), ["goodsCategory"] = "counterfeit",
        ["violationCode"] = "nd98-d11-k3", ["offenderType"] = offenderType, ["online"] = "true", ["platform"] = "shopee",
        ["goodsDescription"] = "300 chai nước mắm giả nhãn", ["goodsValueVnd"] = "7500000", ["quantitySeized"] = "300", ["quantityUnit"] = "chai",
    };

    /// <summary>A penalty decision dated and received today.</summary>
    public static Dictionary<string, string?> DecisionFields(ManualClock clock, long fineVnd, string? receivedDate = null) => new()
    {
        ["decisionNumber"] = "15/QĐ-XPHC", ["decisionDate"] = TestData.Iso(TestData.Today(clock)),
        ["decisionReceivedDate"] = receivedDate ?? TestData.Iso(TestData.Today(clock)), ["fineVnd"] = fineVnd.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["confiscation"] = "true", ["destruction"] = "true", ["listingRemoval"] = "false", ["remedialMeasures"] = "Buộc thu hồi hàng đã bán",
    };

    /// <summary>The inspector proposes the penalty decision and the team lead, competent for it, approves it (qltt-enforcement v3).</summary>
    public static async Task DecideAsync(this AppFactory app, string code, HttpClient inspector, Dictionary<string, string?> decision)
    {
        await inspector.DoAsync(code, "penalty-decision", "proposed", decision);
        await (await app.StaffClientAsync("teamlead")).DoAsync(code, "penalty-approval", "approve");
    }

    public static async Task<int> FireTimersAsync(this AppFactory app)
    {
        var scheduler = app.Services.GetRequiredService<TimerScheduler>();
        var fired = 0;
        for (int n; (n = await scheduler.RunOnceAsync(CancellationToken.None)) > 0;) fired += n;
        return fired;
    }

    public static async Task<string> PublicStatusAsync(this AppFactory app, string code)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>();
        return (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Complaints, c => c.TrackingCode == code)).Status;
    }
}
