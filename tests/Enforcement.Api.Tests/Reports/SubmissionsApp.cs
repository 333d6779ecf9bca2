using System.Net.Http.Json;
using System.Text.Json;
using Enforcement.Api.Cases.Records;
using Enforcement.Api.Data;
using Enforcement.Api.Reports;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Reports;

/// <summary>An app whose clock the report tests move (to a month's end, a due date, the 1st).</summary>
public interface ISubmissionsApp
{
    ManualClock Clock { get; }
}

internal static class SubmissionsSettings
{
    /// <summary>A role and a user name: the draft goes to every supervisor and to the analyst.</summary>
    public static Dictionary<string, string?> Settings => new() { ["Reports:Submission:Responsible"] = "supervisor, analyst" };
    public static ManualClock NewClock() => new(new DateTimeOffset(2031, 4, 2, 3, 0, 0, TimeSpan.Zero));
}

public sealed class SubmissionsSqliteApp : SqliteApp, ISubmissionsApp
{
    public ManualClock Clock { get; } = SubmissionsSettings.NewClock();
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => SubmissionsSettings.Settings;
}

public sealed class SubmissionsPostgresApp : PostgresApp, ISubmissionsApp
{
    public ManualClock Clock { get; } = SubmissionsSettings.NewClock();
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => SubmissionsSettings.Settings;
}

internal static class SubmissionsClient
{
    /// <summary>Sets the clock to a Vietnam wall-clock time (UTC+7).</summary>
    public static void SetVietnamTime<TApp>(this TApp app, int year, int month, int day, int hour, int minute = 0) where TApp : ISubmissionsApp
    {
        var target = new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));
        app.Clock.Advance(target - app.Clock.GetUtcNow());
    }

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string kind, string period, string? reason = null) =>
        client.PostAsJsonAsync($"/api/staff/reports/{kind}/{period}/submissions", new { reason });

    /// <summary>A violation record of the period (on the first demo complaint); returns its id.</summary>
    public static async Task<long> AddRecordAsync(this AppFactory app, DateOnly date, long goodsValueVnd)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var complaint = await db.Complaints.OrderBy(c => c.Id).Select(c => new { c.Id, c.TrackingCode }).FirstAsync();
        var record = new ViolationRecord
        {
            ComplaintId = complaint.Id, TrackingCode = complaint.TrackingCode, InstanceId = 1, RecordNumber = $"BB-{Guid.NewGuid():N}"[..20],
            RecordDate = date, GoodsCategory = GoodsCategories.Counterfeit, ViolationCode = "nd98-d11", OffenderType = OffenderTypes.Individual,
            GoodsDescription = "Nước mắm giả nhãn hiệu", GoodsValueVnd = goodsValueVnd, RecordedBy = "inspector",
            RecordedAt = date.ToDateTime(new TimeOnly(3, 0), DateTimeKind.Utc),
        };
        db.ViolationRecords.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    }

    public static async Task SetGoodsValueAsync(this AppFactory app, long recordId, long goodsValueVnd)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        Assert.Equal(1, await db.ViolationRecords.Where(r => r.Id == recordId).ExecuteUpdateAsync(s => s.SetProperty(r => r.GoodsValueVnd, goodsValueVnd)));
    }

    /// <summary>The live figures, through the contract only (whichever implementation is registered).</summary>
    public static async Task<long> LiveGoodsValueAsync(this AppFactory app, string month)
    {
        using var scope = app.Services.CreateScope();
        Assert.True(ReportPeriod.TryParseMonth(month, out var period));
        return (await scope.ServiceProvider.GetRequiredService<IReportFigures>().BuildAsync(period, default)).Violations.GoodsValueVnd;
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    public static string Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : response.Content.Headers.GetValues(name).Single();

    public static long GoodsValue(JsonElement figures) => figures.GetProperty("violations").GetProperty("goodsValueVnd").GetInt64();
}
