using System.Net;
using System.Text.Json;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Reports;

/// <summary>Submitting closed periods freezes their figures and files; versions, due dates and who may do what.</summary>
public abstract class SubmissionsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ISubmissionsApp
{
    [Fact]
    public async Task A_closed_month_is_stored_with_the_sha256_of_each_downloaded_file_and_the_current_month_is_refused()
    {
        app.SetVietnamTime(2031, 2, 3, 10);
        var supervisor = await app.StaffClientAsync("supervisor");

        foreach (var open in new[] { "2031-02", "2031-03" })
        {
            var refused = await supervisor.SubmitAsync("monthly", open);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("chưa kết thúc", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        // The year is due on 15 December, before it ends: it opens on 1 December.
        Assert.Equal(HttpStatusCode.Conflict, (await supervisor.SubmitAsync("yearly", "2031")).StatusCode);
        var lastYear = await supervisor.SubmitAsync("yearly", "2030");
        Assert.Equal(HttpStatusCode.Created, lastYear.StatusCode);
        Assert.False((await lastYear.JsonAsync()).GetProperty("onTime").GetBoolean());

        var created = await supervisor.SubmitAsync("monthly", "2031-01");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var list = await (await supervisor.GetAsync("/api/staff/reports/monthly/2031-01/submissions")).JsonAsync();
        var version = Assert.Single(list.GetProperty("versions").EnumerateArray());
        Assert.Equal(1, version.GetProperty("version").GetInt32());
        Assert.Equal("supervisor", version.GetProperty("submittedBy").GetString());
        Assert.True(list.GetProperty("onTime").GetBoolean());
        Assert.Equal("2031-02-05", list.GetProperty("dueDate").GetString());
        var files = version.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["csv", "xlsx", "pdf"], files.Select(f => f.GetProperty("format").GetString()));
        foreach (var file in files)
        {
            var download = await supervisor.GetAsync(file.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            var bytes = await download.Content.ReadAsByteArrayAsync();
            Assert.NotEmpty(bytes);
            Assert.Equal(SubmissionsClient.Sha256(bytes), file.GetProperty("sha256").GetString());
            Assert.Equal(SubmissionsClient.Sha256(bytes), download.Header("X-Content-SHA256"));
            Assert.Equal($"sha-256=:{Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(bytes))}:", download.Header("Repr-Digest"));
            Assert.Equal(bytes.LongLength, file.GetProperty("length").GetInt64());
        }

        var frozen = await supervisor.GetAsync("/api/staff/reports/monthly/2031-01/submissions/1");
        var json = await frozen.Content.ReadAsByteArrayAsync();
        Assert.Equal(SubmissionsClient.Sha256(json), frozen.Header("X-Content-SHA256"));
        Assert.Equal(version.GetProperty("figuresSha256").GetString(), frozen.Header("X-Content-SHA256"));
        Assert.Equal("2031-01", JsonDocument.Parse(json).RootElement.GetProperty("period").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/api/staff/reports/monthly/2031-01/submissions/2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync("/api/staff/reports/monthly/2031-13/submissions")).StatusCode);
    }

    [Fact]
    public async Task A_reissue_needs_a_reason_lists_what_changed_and_version_1_stays_frozen_after_the_data_changes()
    {
        app.SetVietnamTime(2030, 12, 2, 9);
        var record = await app.AddRecordAsync(new DateOnly(2030, 11, 20), 1_000_000);
        var before = await app.LiveGoodsValueAsync("2030-11");
        var supervisor = await app.StaffClientAsync("supervisor");
        Assert.Equal(HttpStatusCode.Created, (await supervisor.SubmitAsync("monthly", "2030-11")).StatusCode);

        await app.SetGoodsValueAsync(record, 3_500_000);
        Assert.Equal(before + 2_500_000, await app.LiveGoodsValueAsync("2030-11"));
        var v1 = await (await supervisor.GetAsync("/api/staff/reports/monthly/2030-11/submissions/1")).JsonAsync();
        Assert.Equal(before, SubmissionsClient.GoodsValue(v1));

        app.SetVietnamTime(2030, 12, 8, 9);   // after the due date (the 5th)
        supervisor = await app.StaffClientAsync("supervisor");
        var noReason = await supervisor.SubmitAsync("monthly", "2030-11");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("lý do", (await noReason.JsonAsync()).GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);

        var v2 = await supervisor.SubmitAsync("monthly", "2030-11", "Cập nhật giá trị hàng hóa theo biên bản bổ sung");
        Assert.Equal(HttpStatusCode.Created, v2.StatusCode);
        var body = await v2.JsonAsync();
        Assert.Equal(2, body.GetProperty("version").GetInt32());
        Assert.False(body.GetProperty("onTime").GetBoolean());
        var change = Assert.Single(body.GetProperty("changes").EnumerateArray(), c => c.GetProperty("path").GetString() == "violations.goodsValueVnd");
        Assert.Equal(before, change.GetProperty("from").GetInt64());
        Assert.Equal(before + 2_500_000, change.GetProperty("to").GetInt64());
        Assert.DoesNotContain(body.GetProperty("changes").EnumerateArray(), c => c.GetProperty("path").GetString() == "generatedAt");

        var again = await supervisor.SubmitAsync("monthly", "2030-11", "Bấm hai lần");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("không thay đổi", (await again.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var list = await (await supervisor.GetAsync("/api/staff/reports/monthly/2030-11/submissions")).JsonAsync();
        Assert.Equal(2, list.GetProperty("versions").GetArrayLength());
        Assert.True(list.GetProperty("onTime").GetBoolean());   // the first version's
        Assert.Equal(before, SubmissionsClient.GoodsValue(await (await supervisor.GetAsync("/api/staff/reports/monthly/2030-11/submissions/1")).JsonAsync()));

        // Frozen in the database too: the triggers refuse to change a submission or its files, or to delete a file.
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Enforcement.Api.Data.EnforcementDbContext>();
        foreach (var sql in new[] { "UPDATE \"ReportSubmissions\" SET \"Reason\" = 'x'", "UPDATE \"ReportSubmissionFiles\" SET \"Sha256\" = 'x'", "DELETE FROM \"ReportSubmissionFiles\"" })
            Assert.Contains("frozen", (await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql))).Message, StringComparison.Ordinal);
        Assert.Equal(before, SubmissionsClient.GoodsValue(await (await supervisor.GetAsync("/api/staff/reports/monthly/2030-11/submissions/1")).JsonAsync()));
    }

    [Fact]
    public async Task On_time_is_before_the_end_of_the_due_day_in_Vietnam_and_the_year_shows_the_share_on_time()
    {
        app.SetVietnamTime(2032, 6, 5, 23, 59);
        Assert.True((await (await (await app.StaffClientAsync("supervisor")).SubmitAsync("monthly", "2032-05")).JsonAsync()).GetProperty("onTime").GetBoolean());
        app.SetVietnamTime(2032, 7, 6, 0, 0);
        Assert.False((await (await (await app.StaffClientAsync("admin")).SubmitAsync("monthly", "2032-06")).JsonAsync()).GetProperty("onTime").GetBoolean());

        app.SetVietnamTime(2032, 7, 10, 9);
        var analyst = await app.StaffClientAsync("analyst");
        var kpi = await (await analyst.GetAsync("/api/staff/reports/timeliness?year=2032")).JsonAsync();
        Assert.Equal(6, kpi.GetProperty("due").GetInt32());   // January to June
        Assert.Equal(1, kpi.GetProperty("onTime").GetInt32());
        Assert.Equal(16.7, kpi.GetProperty("onTimePercent").GetDouble());
        Assert.Equal(100, kpi.GetProperty("targetPercent").GetDouble());
        var status = kpi.GetProperty("reports").EnumerateArray().ToDictionary(r => r.GetProperty("period").GetString()!, r => r.GetProperty("status").GetString());
        Assert.Equal(13, status.Count);
        Assert.Equal(("overdue", "on_time", "late", "pending", "pending"), (status["2032-01"], status["2032-05"], status["2032-06"], status["2032-07"], status["2032"]));
        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.GetAsync("/api/staff/reports/timeliness?year=abcd")).StatusCode);
    }

    [Fact]
    public async Task Two_clicks_at_once_store_one_version()
    {
        app.SetVietnamTime(2031, 4, 4, 9);
        var supervisor = await app.StaffClientAsync("supervisor");

        var answers = await Task.WhenAll(Task.Run(() => supervisor.SubmitAsync("monthly", "2031-03")), Task.Run(() => supervisor.SubmitAsync("monthly", "2031-03")));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Single(answers, a => a.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest);
        var list = await (await supervisor.GetAsync("/api/staff/reports/monthly/2031-03/submissions")).JsonAsync();
        Assert.Equal(1, list.GetProperty("versions").GetArrayLength());
    }

    [Fact]
    public async Task Analysts_read_supervisors_submit_and_inspectors_and_police_do_neither()
    {
        app.SetVietnamTime(2031, 3, 3, 9);
        const string list = "/api/staff/reports/monthly/2031-02/submissions";
        foreach (var outsider in new[] { "inspector", "police" })
        {
            var client = await app.StaffClientAsync(outsider);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(list)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/staff/reports/timeliness?year=2031")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SubmitAsync("monthly", "2031-02")).StatusCode);
        }
        var analyst = await app.StaffClientAsync("analyst");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(list)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.SubmitAsync("monthly", "2031-02")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await (await app.StaffClientAsync("supervisor")).SubmitAsync("monthly", "2031-02")).StatusCode);
        Assert.Equal(1, (await (await analyst.GetAsync(list)).JsonAsync()).GetProperty("versions").GetArrayLength());
    }
}

public sealed class SubmissionsTests_Sqlite(SubmissionsSqliteApp app) : SubmissionsTests<SubmissionsSqliteApp>(app);

public sealed class SubmissionsTests_Postgres(SubmissionsPostgresApp app) : SubmissionsTests<SubmissionsPostgresApp>(app);
