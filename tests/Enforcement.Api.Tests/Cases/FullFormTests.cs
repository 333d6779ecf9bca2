using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Workflows.Definitions;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Cases;

/// <summary>
/// Every text field of every process form, every comment and every reason filled to its limit in
/// Vietnamese, walked over HTTP through every route: the case variables and journal grow with each.
/// </summary>
public abstract class FullFormTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private const int Max = 4000;
    private readonly HashSet<string> _filled = [];

    /// <summary>4,000 characters of Vietnamese, different for each field so a swap would show.</summary>
    private static string Long(string field) => string.Concat(Enumerable.Repeat($"Nước mắm giả «{field}» ", Max)).Substring(0, Max);

    private static readonly Dictionary<(string Agency, string Role), string> Users = new()
    {
        [("QLTT", "supervisor")] = "supervisor", [("QLTT", "inspector")] = "inspector", [("QLTT", "team_lead")] = "teamlead", [("CA", "agency_liaison")] = "police",
        [("BVNTD", "agency_liaison")] = "association", [("KHCN", "agency_liaison")] = "science",
    };

    private DefinitionCatalog Catalog => app.Services.GetRequiredService<DefinitionCatalog>();

    private object Values(string process, string step, IEnumerable<FieldDefinition> fields, Dictionary<string, string> chosen)
    {
        var values = new Dictionary<string, string?>();
        foreach (var f in fields)
        {
            values[f.Name] = chosen.TryGetValue(f.Name, out var v) ? v : f.Type switch
            {
                "text" => Long(f.Name),
                "number" => (f.Max ?? f.Min ?? 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "date" => TestData.Iso(TestData.Today(app.Clock)),
                "boolean" => "false",
                _ => f.OptionsFrom is null ? f.Options[0] : app.Services.GetRequiredService<Enforcement.Workflows.Runtime.FieldOptions>().For(f)[0].Value,
            };
            if (f.Type == "text") _filled.Add($"{process}:{step}:{f.Name}");
        }
        return values;
    }

    /// <summary>Completes the open task at <paramref name="step"/> with every field of the step and outcome filled.</summary>
    private async Task DoAsync(string code, string step, string outcome, Dictionary<string, string>? chosen = null)
    {
        var supervisor = await app.StaffClientAsync("supervisor");
        var task = await supervisor.TaskAtAsync(code, step);
        // A task for any role of the agency (an approval) is worked by a team lead.
        var user = Users[(task.GetProperty("agency").GetString()!, task.GetProperty("role").GetString() ?? "team_lead")];
        var client = await app.StaffClientAsync(user);
        var process = (await client.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("id").GetInt64() == task.GetProperty("instanceId").GetInt64());
        var definition = Catalog.Get(process.GetProperty("process").GetString()!, process.GetProperty("version").GetInt32());
        var s = definition.Step(step)!;
        var fields = Values(definition.Id, step, s.Form.Concat(s.Outcomes.Single(o => o.Name == outcome).Form), chosen ?? []);
        var response = await client.PostAsJsonAsync($"/api/staff/tasks/{task.GetProperty("id").GetInt64()}/complete", new { outcome, fields, comment = Long("comment") });
        Assert.True(response.IsSuccessStatusCode, $"{step} → {outcome}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task SignalAsync(string code, string process, string signal)
    {
        var inspector = await app.StaffClientAsync("inspector");
        var instance = (await inspector.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("process").GetString() == process);
        var definition = Catalog.Latest(process);
        var fields = Values(process, signal, definition.Signals.Single(s => s.Name == signal).Form, []);
        var response = await inspector.PostAsJsonAsync($"/api/staff/cases/{code}/processes/{instance.GetProperty("id").GetInt64()}/signals/{signal}", new { fields, comment = Long("comment") });
        Assert.True(response.IsSuccessStatusCode, $"{signal}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static readonly Dictionary<string, string> Violation = new() { ["violationFound"] = "true", ["complex"] = "true" };

    /// <summary>Amounts within the first violation's range (Decree 98/2020 Art. 9(1): 3–5 million VND for an individual); online, so a platform fits.</summary>
    private static readonly Dictionary<string, string> Record = new() { ["offenderType"] = "individual", ["online"] = "true", ["goodsValueVnd"] = "2500000" };
    private static readonly Dictionary<string, string> Fine = new() { ["fineVnd"] = "4000000" };
    private static readonly Dictionary<string, string> Paid = new() { ["amountVnd"] = "4000000" };

    [Fact]
    public async Task Every_text_field_of_every_form_holds_its_maximum_in_vietnamese_through_every_route()
    {
        var rejected = await app.FileAsync();
        await DoAsync(rejected, "classify", "reject");
        var referred = await app.FileAsync("ip_infringement");
        await DoAsync(referred, "classify", "referral", new() { ["referralAgency"] = "KHCN" });
        await DoAsync(referred, "receiver-review", "returned");
        await DoAsync(referred, "classify", "referral", new() { ["referralAgency"] = "KHCN" });
        await DoAsync(referred, "receiver-review", "accepted");
        foreach (var (outcome, then) in new[] { ("resolved", (string?)null), ("refused", "failed"), ("unsatisfied", "resolved") })
        {
            var dispute = await app.FileAsync("consumer_dispute");
            await DoAsync(dispute, "classify", "dispute");
            await DoAsync(dispute, "notify-business", "notified");
            await DoAsync(dispute, "await-response", outcome);
            if (then is not null) await DoAsync(dispute, "mediation", then);
        }
        var unfounded = await app.FileAsync();
        await DoAsync(unfounded, "classify", "enforcement");
        await DoAsync(unfounded, "verification", "unfounded");
        foreach (var (police, penalty, collection) in new[] { ("returned", "proposed", "collected"), ("returned", "proposed", "notPaid"), ("returned", "noPenalty", null), ("accepted", (string?)null, (string?)null) })
        {
            var code = await app.FileAsync();
            await DoAsync(code, "classify", "enforcement");
            await DoAsync(code, "verification", "confirmed");
            await DoAsync(code, "inspection", "done", Violation);
            await SignalAsync(code, "qltt-enforcement", "crimeSigns");
            await DoAsync(code, "police-review", police);
            if (penalty is null) continue;
            await DoAsync(code, "violation-record", "recorded", Record);
            await DoAsync(code, "penalty-decision", penalty, Fine);
            if (penalty == "proposed" && collection == "collected")
            {
                await DoAsync(code, "penalty-approval", "sendBack"); // and proposed again
                await DoAsync(code, "penalty-decision", penalty, Fine);
            }
            if (penalty == "proposed") await DoAsync(code, "penalty-approval", "approve");
            if (collection is not null) await DoAsync(code, "fine-collection", collection, Paid);
            if (penalty == "proposed") await DoAsync(code, "enforcement", "complied");
        }

        // Every text field the processes define was filled at least once.
        var all = Catalog.All.SelectMany(d => d.Steps.SelectMany(s => s.Form.Concat(s.Outcomes.SelectMany(o => o.Form)).Where(f => f.Type == "text").Select(f => $"{d.Id}:{s.Id}:{f.Name}"))
            .Concat(d.Signals.SelectMany(s => s.Form.Where(f => f.Type == "text").Select(f => $"{d.Id}:{s.Name}:{f.Name}")))).ToHashSet();
        Assert.Empty(all.Except(_filled));

        // And comes back whole: the rejection reason as the complainant's public note, a form value in the journal.
        var supervisor = await app.StaffClientAsync("supervisor");
        var rejectedCase = await supervisor.CaseAsync(rejected);
        var completed = rejectedCase.GetProperty("timeline").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "task_completed");
        Assert.Equal(Long("rejectionReason"), completed.GetProperty("data").GetProperty("rejectionReason").GetString());
        Assert.Equal(Long("comment"), completed.GetProperty("comment").GetString());
        Assert.Equal(Long("rejectionReason"), rejectedCase.GetProperty("complaint").GetProperty("history").EnumerateArray().Last().GetProperty("publicNote").GetString());
    }
}

public sealed class FullFormTests_Sqlite(CaseSqliteApp app) : FullFormTests<CaseSqliteApp>(app);

public sealed class FullFormTests_Postgres(CasePostgresApp app) : FullFormTests<CasePostgresApp>(app);
