using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Enforcement.Api.Tests.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Records;

/// <summary>A case started on qltt-enforcement v1, moved to v2 with the journaled migration, finishes there and is recorded.</summary>
public abstract class RecordMigrationTests
{
    protected abstract Task<(string Database, string Provider, IAsyncDisposable? Owner)> DatabaseAsync();

    [Fact]
    public async Task A_v1_case_migrated_to_v2_continues_to_the_end_and_its_records_are_written()
    {
        var onlyV1 = WorkflowFolders.CopyWith("triage.json", t => t);
        File.Delete(Path.Combine(onlyV1, "qltt-enforcement.v2.json"));
        File.Delete(Path.Combine(onlyV1, "qltt-enforcement.v3.json"));
        var (database, provider, owner) = await DatabaseAsync();
        await using var owned = owner;

        string code;
        long instanceId;
        await using (var before = new FolderApp(database, onlyV1, provider))
        {
            code = await before.FileAsync();
            await (await before.StaffClientAsync("supervisor")).DoAsync(code, "classify", "enforcement");
            var enforcement = (await (await before.StaffClientAsync("inspector")).CaseAsync(code)).GetProperty("processes").EnumerateArray()
                .Single(p => p.GetProperty("process").GetString() == "qltt-enforcement");
            Assert.Equal(1, enforcement.GetProperty("version").GetInt32());
            instanceId = enforcement.GetProperty("id").GetInt64();
        }

        // Version 2 is deployed beside version 1; the supervisor moves the running case (its steps keep their ids).
        await using var app = new FolderApp(database, WorkflowFolders.Repo(), provider);
        var supervisor = await app.StaffClientAsync("supervisor");
        var moved = await supervisor.PostAsJsonAsync($"/api/staff/workflows/instances/{instanceId}/migrate", new { toVersion = 2, reason = "Ghi nhận số liệu báo cáo" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var inspector = await app.StaffClientAsync("inspector");
        await inspector.DoAsync(code, "verification", "confirmed");
        await inspector.DoAsync(code, "inspection", "done", new { findings = "Bán hàng giả", violationFound = "true" });
        await inspector.DoAsync(code, "violation-record", "recorded", CaseClient.ViolationFields(app.Clock));
        await inspector.DoAsync(code, "penalty-decision", "issued", CaseClient.DecisionFields(app.Clock, 6_000_000));
        await inspector.DoAsync(code, "fine-collection", "collected", new { amountVnd = "6000000", collectedDate = TestData.Iso(TestData.Today(app.Clock)) });
        await inspector.DoAsync(code, "enforcement", "complied");

        var detail = await supervisor.CaseAsync(code);
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "migrated" && e.GetProperty("outcome").GetString() == "v1→v2");
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var opened = await db.EnforcementCases.SingleAsync(c => c.TrackingCode == code);
        Assert.Equal("closed", opened.Result); // opened by triage's tagged outcome under v1, closed by v2's end step
        var record = await db.ViolationRecords.SingleAsync(r => r.TrackingCode == code);
        Assert.Equal(record.Id, (await db.PenaltyDecisions.SingleAsync(d => d.TrackingCode == code)).ViolationRecordId);
        Assert.Equal(6_000_000, (await db.FineCollections.SingleAsync(f => f.TrackingCode == code)).AmountVnd);
        Assert.Equal("resolved", (await db.ComplaintResolutions.SingleAsync(r => r.TrackingCode == code)).Status);
    }
}

public sealed class RecordDefinitionTests
{
    [Fact]
    public void A_process_declaring_a_record_the_product_does_not_know_stops_the_start_and_names_the_file()
    {
        var folder = WorkflowFolders.CopyWith("qltt-enforcement.v2.json", t => t.Replace("\"record\": \"fine_collected\"", "\"record\": \"fine_paid\"", StringComparison.Ordinal));
        using var app = new FolderApp(Path.Combine(Path.GetTempPath(), $"enf-records-{Guid.NewGuid():N}.db"), folder);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("qltt-enforcement.v2.json: step 'fine-collection': declares record 'fine_paid'", error.ToString(), StringComparison.Ordinal);
    }
}

public sealed class RecordMigrationTests_Sqlite : RecordMigrationTests
{
    protected override Task<(string Database, string Provider, IAsyncDisposable? Owner)> DatabaseAsync() =>
        Task.FromResult((Path.Combine(Path.GetTempPath(), $"enf-records-{Guid.NewGuid():N}.db"), "Sqlite", (IAsyncDisposable?)null));
}

public sealed class RecordMigrationTests_Postgres : RecordMigrationTests
{
    protected override Task<(string Database, string Provider, IAsyncDisposable? Owner)> DatabaseAsync()
    {
        var database = new ThrowawayPostgres();
        return Task.FromResult((database.ConnectionString, "Postgres", (IAsyncDisposable?)database));
    }
}
