using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Cases;

/// <summary>The task view says its deadline in words with its legal basis; every date and number of a task form is checked against reality.</summary>
public abstract class CaseReadingTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private async Task<(string Code, HttpClient Inspector)> InspectedAsync()
    {
        var code = await app.FileAsync(); // Friday 20/11/2026, 09:00 in Vietnam
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var inspector = await app.StaffClientAsync("inspector");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Bán nước mắm giả nhãn trên Shopee", violationFound = "true" });
        return (code, inspector);
    }

    private static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync()).GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value[0].GetString()!);
    }

    [Fact]
    public async Task A_task_gives_its_due_day_the_deadline_in_words_and_its_legal_basis_beside_the_existing_fields()
    {
        var code = await app.FileAsync();
        var supervisor = await app.StaffClientAsync("supervisor");
        var triage = await supervisor.TaskAtAsync(code, "classify");
        Assert.Equal(new DateTime(2026, 11, 25, 17, 0, 0, DateTimeKind.Utc), triage.GetProperty("dueAt").GetDateTime().ToUniversalTime());
        Assert.Equal("2026-11-25", triage.GetProperty("dueDate").GetString());
        Assert.Equal("Hạn: thứ Tư, 25/11/2026 (còn 3 ngày làm việc)", triage.GetProperty("dueText").GetString());
        Assert.Equal("Thời hạn nội bộ của cơ quan (không có thời hạn luật định)", triage.GetProperty("deadlineBasis").GetString());
        Assert.False(triage.GetProperty("overdue").GetBoolean());

        var (recorded, inspector) = await InspectedAsync();
        var record = await inspector.TaskAtAsync(recorded, "violation-record");
        Assert.Equal("2026-11-24", record.GetProperty("dueDate").GetString());
        Assert.Equal("Hạn: thứ Ba, 24/11/2026 (còn 2 ngày làm việc)", record.GetProperty("dueText").GetString());
        Assert.Equal("Điều 58 Luật Xử lý vi phạm hành chính", record.GetProperty("deadlineBasis").GetString());
        var english = (await (await inspector.GetAsync($"/api/staff/cases/{recorded}?culture=en-US")).JsonAsync()).GetProperty("openTasks")[0];
        Assert.Equal("Due: Tuesday, 24/11/2026 (2 working days left)", english.GetProperty("dueText").GetString());
        Assert.Equal("Art. 58, Law on Handling Administrative Violations", english.GetProperty("deadlineBasis").GetString());
        // The form says which outcomes cannot be undone and which texts are multi-line.
        var outcome = record.GetProperty("outcomes")[0];
        Assert.Equal(JsonValueKind.Null, outcome.GetProperty("confirm").ValueKind);
        Assert.True(outcome.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "goodsDescription").GetProperty("multiline").GetBoolean());
    }

    [Fact]
    public async Task Dates_in_the_future_or_before_the_complaint_numbers_out_of_bounds_and_malformed_values_are_per_field_messages_and_nothing_moves()
    {
        var (code, inspector) = await InspectedAsync();
        var task = await inspector.TaskAtAsync(code, "violation-record");
        var url = $"/api/staff/tasks/{task.GetProperty("id").GetInt64()}/complete";
        var today = TestData.Today(app.Clock);

        var fields = new Dictionary<string, object?>(CaseClient.ViolationFields(app.Clock).Select(kv => KeyValuePair.Create(kv.Key, (object?)kv.Value)))
        {
            ["recordDate"] = TestData.Iso(today.AddDays(1)), ["goodsValueVnd"] = "-5", ["quantitySeized"] = "-1", ["bogus"] = "x",
        };
        var errors = await ErrorsAsync(await inspector.PostAsJsonAsync(url, new { outcome = "recorded", fields }));
        Assert.Equal("Ngày không được sau ngày hôm nay.", errors["recordDate"]);
        Assert.Equal("Phải từ 0 đến 1.000.000.000.000.", errors["goodsValueVnd"]);
        Assert.Equal("Phải lớn hơn hoặc bằng 0.", errors["quantitySeized"]);
        Assert.Equal("Trường này không thuộc biểu mẫu của nhiệm vụ.", errors["bogus"]);
        Assert.Equal("Must be between 0 and 1,000,000,000,000.",
            (await ErrorsAsync(await inspector.PostAsJsonAsync(url + "?culture=en-US", new { outcome = "recorded", fields })))["goodsValueVnd"]);

        // A JSON number is read as the number it is; malformed text and a day before the complaint are refused field by field.
        fields.Remove("bogus");
        (fields["recordDate"], fields["goodsValueVnd"], fields["quantitySeized"]) = (TestData.Iso(today.AddDays(-1)), 7_500_000L, "ba trăm");
        errors = await ErrorsAsync(await inspector.PostAsJsonAsync(url, new { outcome = "recorded", fields }));
        Assert.Equal(["quantitySeized", "recordDate"], errors.Keys.Order());
        Assert.Equal($"Ngày không được trước ngày tiếp nhận phản ánh ({today:dd'/'MM'/'yyyy}).", errors["recordDate"]);
        Assert.Equal("Phải là số nguyên.", errors["quantitySeized"]);
        (fields["recordDate"], fields["quantitySeized"]) = ("20/11/2026", 300);
        Assert.Equal("Ngày không hợp lệ (yyyy-MM-dd).", (await ErrorsAsync(await inspector.PostAsJsonAsync(url, new { outcome = "recorded", fields })))["recordDate"]);
        await inspector.TaskAtAsync(code, "violation-record"); // nothing moved

        fields["recordDate"] = TestData.Iso(today);
        Assert.Equal(HttpStatusCode.OK, (await inspector.PostAsJsonAsync(url, new { outcome = "recorded", fields })).StatusCode);
        var decision = new Dictionary<string, object?>(CaseClient.DecisionFields(app.Clock, 6_000_000).Select(kv => KeyValuePair.Create(kv.Key, (object?)kv.Value)))
        {
            ["fineVnd"] = 0, ["decisionReceivedDate"] = TestData.Iso(today.AddDays(2)),
        };
        var penalty = await inspector.TaskAtAsync(code, "penalty-decision");
        errors = await ErrorsAsync(await inspector.PostAsJsonAsync($"/api/staff/tasks/{penalty.GetProperty("id").GetInt64()}/complete", new { outcome = "proposed", fields = decision }));
        Assert.Equal("Phải từ 1 đến 2.000.000.000.", errors["fineVnd"]);
        Assert.Equal("Ngày không được sau ngày hôm nay.", errors["decisionReceivedDate"]);
        await inspector.TaskAtAsync(code, "penalty-decision");
    }
}

public sealed class CaseReadingTests_Sqlite(CaseSqliteApp app) : CaseReadingTests<CaseSqliteApp>(app);

public sealed class CaseReadingTests_Postgres(CasePostgresApp app) : CaseReadingTests<CasePostgresApp>(app);
