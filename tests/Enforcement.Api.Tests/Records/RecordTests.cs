using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Cases.Records;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Records;

/// <summary>The rows reports count, written by the enforcement process's hooks as a case moves over HTTP.</summary>
public abstract class RecordTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    private async Task<T> DbAsync<T>(Func<EnforcementDbContext, Task<T>> read)
    {
        using var scope = app.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<EnforcementDbContext>());
    }

    private async Task<(string Code, HttpClient Inspector)> InspectedAsync()
    {
        var code = await app.FileAsync();
        await (await app.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
        var inspector = await app.StaffClientAsync("inspector");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Bán nước mắm giả nhãn trên Shopee", violationFound = "true" });
        return (code, inspector);
    }

    private static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.JsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString()!;
    }

    [Fact]
    public async Task The_v3_path_writes_the_case_record_approved_decision_collection_and_resolution_and_the_fine_is_due_10_days_after_receipt()
    {
        var (code, firstInspector) = await InspectedAsync();
        var inspector = firstInspector;
        var recordDay = TestData.Today(app.Clock);
        // The form offers the decree's violations and the code lists with their Vietnamese labels.
        var fields = (await inspector.TaskAtAsync(code, "violation-record")).GetProperty("outcomes")[0].GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("choices").EnumerateArray().ToDictionary(c => c.GetProperty("value").GetString()!, c => c.GetProperty("label").GetString()));
        Assert.StartsWith("Điều 11 khoản 3 – ", fields["violationCode"]["nd98-d11-k3"]);
        Assert.Equal(("Hàng giả", "Tổ chức", "TikTok Shop"), (fields["goodsCategory"]["counterfeit"], fields["offenderType"]["organisation"], fields["platform"]["tiktok_shop"]));
        await inspector.DoAsync(code, "violation-record", "recorded", CaseClient.ViolationFields(app.Clock));
        app.Clock.Advance(TimeSpan.FromDays(3));
        inspector = await app.StaffClientAsync("inspector"); // a fresh sign-in three days later
        var received = TestData.Iso(recordDay.AddDays(1)); // decided and received two days ago

        var decision = CaseClient.DecisionFields(app.Clock, 12_000_000, received);
        decision["decisionDate"] = received;
        Assert.Equal("Mức phạt phải từ 5.000.000 đến 10.000.000 đồng (cá nhân).",
            await FieldErrorAsync(await inspector.CompleteAsync(await inspector.TaskAtAsync(code, "penalty-decision"), "proposed", decision), "fineVnd"));
        decision["fineVnd"] = "8000000";
        await inspector.DoAsync(code, "penalty-decision", "proposed", decision);
        Assert.False(await DbAsync(db => db.PenaltyDecisions.AnyAsync(d => d.TrackingCode == code))); // a proposal is no decision: reports do not count it
        await (await app.StaffClientAsync("teamlead")).DoAsync(code, "penalty-approval", "approve");

        var collection = await inspector.TaskAtAsync(code, "fine-collection");
        var due = recordDay.AddDays(1 + 10).ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc); // the end of the 10th day after receipt, Vietnam time
        Assert.Equal(due, collection.GetProperty("dueAt").GetDateTime().ToUniversalTime());
        Assert.Equal("Ngày này không được trước ngày ra quyết định.",
            await FieldErrorAsync(await inspector.CompleteAsync(collection, "collected", new { amountVnd = "8000000", collectedDate = TestData.Iso(recordDay) }), "collectedDate"));
        await inspector.DoAsync(code, "fine-collection", "collected", new { amountVnd = "8000000", collectedDate = TestData.Iso(TestData.Today(app.Clock)), receiptNumber = "BL-0042" });
        await inspector.DoAsync(code, "enforcement", "complied");

        var (cases, records, decisions, collections, resolution) = await DbAsync(async db => (
            await db.EnforcementCases.Where(c => c.TrackingCode == code).ToListAsync(), await db.ViolationRecords.Where(r => r.TrackingCode == code).ToListAsync(),
            await db.PenaltyDecisions.Where(d => d.TrackingCode == code).ToListAsync(), await db.FineCollections.Where(f => f.TrackingCode == code).ToListAsync(),
            await db.ComplaintResolutions.SingleAsync(r => r.TrackingCode == code)));
        var enforcementCase = Assert.Single(cases);
        Assert.Equal("closed", enforcementCase.Result);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, enforcementCase.ClosedAt);
        Assert.Equal(("82", TestData.HomeWard), (enforcementCase.ProvinceCode, enforcementCase.WardCode));
        var record = Assert.Single(records);
        Assert.Equal((recordDay, "counterfeit", "nd98-d11-k3", "individual", true, "shopee", 7_500_000L, 300L, "chai", "QLTT-D1", "inspector", TestData.HomeWard),
            (record.RecordDate, record.GoodsCategory, record.ViolationCode, record.OffenderType, record.Online, record.Platform, record.GoodsValueVnd,
             record.QuantitySeized ?? 0, record.QuantityUnit, record.TeamCode, record.RecordedBy, record.WardCode));
        var penalty = Assert.Single(decisions);
        Assert.Equal((record.Id, 8_000_000L, DateOnly.Parse(received), true, true, false, "Buộc thu hồi hàng đã bán", "teamlead"),
            (penalty.ViolationRecordId, penalty.FineVnd, penalty.ReceivedDate, penalty.Confiscation, penalty.Destruction, penalty.ListingRemoval, penalty.RemedialMeasures, penalty.IssuedBy));
        var paid = Assert.Single(collections);
        Assert.Equal((penalty.Id, 8_000_000L, TestData.Today(app.Clock), "BL-0042"), (paid.PenaltyDecisionId, paid.AmountVnd, paid.CollectedDate, paid.ReceiptNumber));
        Assert.Equal(("resolved", true), (resolution.Status, resolution.OnTime));
        Assert.InRange(resolution.Days, 3, 3.01);
    }

    [Fact]
    public async Task A_future_record_date_or_a_fine_outside_the_doubled_organisation_range_is_refused_with_the_field_message_and_nothing_is_written()
    {
        var (code, inspector) = await InspectedAsync();
        var tomorrow = CaseClient.ViolationFields(app.Clock, "organisation", TestData.Iso(TestData.Today(app.Clock).AddDays(1)));
        Assert.Equal("Ngày không được sau ngày hôm nay.",
            await FieldErrorAsync(await inspector.CompleteAsync(await inspector.TaskAtAsync(code, "violation-record"), "recorded", tomorrow), "recordDate"));
        Assert.False(await DbAsync(db => db.ViolationRecords.AnyAsync(r => r.TrackingCode == code)));
        await inspector.DoAsync(code, "violation-record", "recorded", CaseClient.ViolationFields(app.Clock, "organisation"));

        // 8 million is within an individual's 5–10 million but not an organisation's 10–20 million.
        var penalty = await inspector.TaskAtAsync(code, "penalty-decision");
        Assert.Equal("Mức phạt phải từ 10.000.000 đến 20.000.000 đồng (tổ chức: gấp đôi mức phạt đối với cá nhân).",
            await FieldErrorAsync(await inspector.CompleteAsync(penalty, "proposed", CaseClient.DecisionFields(app.Clock, 8_000_000)), "fineVnd"));
        var english = await inspector.PostAsJsonAsync($"/api/staff/tasks/{penalty.GetProperty("id").GetInt64()}/complete?culture=en-US",
            new { outcome = "proposed", fields = CaseClient.DecisionFields(app.Clock, 25_000_000) });
        Assert.Equal("The fine must be from 10,000,000 to 20,000,000 VND (organisation: twice an individual's fine).", await FieldErrorAsync(english, "fineVnd"));
        await inspector.TaskAtAsync(code, "penalty-decision"); // still open
        Assert.False(await DbAsync(db => db.PenaltyDecisions.AnyAsync(d => d.TrackingCode == code)));

        await app.DecideAsync(code, inspector, CaseClient.DecisionFields(app.Clock, 15_000_000));
        Assert.Equal(15_000_000, await DbAsync(db => db.PenaltyDecisions.Where(d => d.TrackingCode == code).Select(d => d.FineVnd).SingleAsync()));
    }

    [Fact]
    public async Task A_police_handoff_is_a_row_that_the_police_answer_returned_then_accepted()
    {
        var code = await app.FileAsync();
        var inspector = await app.StaffClientAsync("inspector");
        var police = await app.StaffClientAsync("police");
        await CaseClient.HandToPoliceAsync(code, await app.StaffClientAsync("supervisor"), inspector);
        var pending = Assert.Single(await DbAsync(db => db.Handoffs.Where(h => h.TrackingCode == code).ToListAsync()));
        Assert.Equal(("CA", "police", HandoffStatuses.Pending, "inspector"), (pending.AgencyCode, pending.AgencyKind, pending.Status, pending.HandedBy));

        await police.DoAsync(code, "police-review", "returned", new { returnReason = "Chưa đủ yếu tố cấu thành tội phạm" });
        var instance = (await inspector.CaseAsync(code)).GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("process").GetString() == "qltt-enforcement");
        var again = await inspector.PostAsJsonAsync($"/api/staff/cases/{code}/processes/{instance.GetProperty("id").GetInt64()}/signals/crimeSigns",
            new { fields = new { crimeDescription = "Phát hiện thêm kho hàng giả" } });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await police.DoAsync(code, "police-review", "accepted", new { criminalCaseNumber = "12/QĐ-KTHS", policeOutcome = "Khởi tố vụ án" });

        var handoffs = await DbAsync(db => db.Handoffs.Where(h => h.TrackingCode == code).OrderBy(h => h.Id).ToListAsync());
        Assert.Equal(2, handoffs.Count);
        Assert.Equal((HandoffStatuses.Returned, "police", "Chưa đủ yếu tố cấu thành tội phạm"), (handoffs[0].Status, handoffs[0].AnsweredBy, handoffs[0].Outcome));
        Assert.Equal((HandoffStatuses.Accepted, "12/QĐ-KTHS – Khởi tố vụ án"), (handoffs[1].Status, handoffs[1].Outcome));
        Assert.All(handoffs, h => Assert.Equal(instance.GetProperty("id").GetInt64(), h.InstanceId));
        Assert.Equal("criminal", await DbAsync(db => db.EnforcementCases.Where(c => c.TrackingCode == code).Select(c => c.Result).SingleAsync()));
    }
}

public sealed class RecordTests_Sqlite(CaseSqliteApp app) : RecordTests<CaseSqliteApp>(app);

public sealed class RecordTests_Postgres(CasePostgresApp app) : RecordTests<CasePostgresApp>(app);
