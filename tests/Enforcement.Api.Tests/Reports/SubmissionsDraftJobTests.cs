using Enforcement.Api.Data;
using Enforcement.Api.Reports.Submissions;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Enforcement.Api.Tests.Reports;

/// <summary>The drafting job of two app instances at the same instant, on the database the shipped scripts built.</summary>
public abstract class SubmissionsDraftJobTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ISubmissionsApp
{
    private ReportDraftWorker Worker() => new(app.Services.GetRequiredService<IServiceScopeFactory>(),
        app.Services.GetRequiredService<IOptions<ReportSubmissionOptions>>(), app.Clock, NullLogger<ReportDraftWorker>.Instance);

    private async Task<List<string>> RunTwoAtOnceAsync()
    {
        var (a, b) = (Worker(), Worker());
        var drafted = await Task.WhenAll(Task.Run(() => a.RunDueAsync(default)), Task.Run(() => b.RunDueAsync(default)));
        return [.. drafted.SelectMany(d => d).Order()];
    }

    private async Task<List<(string Recipient, string Subject, string Body)>> EmailsAsync(string about)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        var all = await db.OutboxMessages.AsNoTracking().Select(m => new { m.Recipient, m.Subject, m.Body }).ToListAsync();
        return [.. all.Where(m => m.Subject.Contains(about, StringComparison.Ordinal)).Select(m => (m.Recipient, m.Subject, m.Body)).OrderBy(m => m.Recipient)];
    }

    [Fact]
    public async Task On_the_1st_two_instances_draft_last_month_once_and_queue_one_email_per_responsible_person()
    {
        app.SetVietnamTime(2031, 6, 1, 0, 30);

        Assert.Equal(["monthly:2031-05"], await RunTwoAtOnceAsync());

        var emails = await EmailsAsync("tháng 05/2031");
        Assert.Equal(["analyst@sct.example.gov.vn", "supervisor@sct.example.gov.vn"], emails.Select(e => e.Recipient));
        Assert.All(emails, e =>
        {
            Assert.Contains("05/06/2031", e.Subject, StringComparison.Ordinal);
            Assert.Contains("/staff/reports/monthly/2031-05", e.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Phạm Thị Dung", e.Body, StringComparison.Ordinal);
        });
        app.SetVietnamTime(2031, 6, 3, 8);
        Assert.Empty(await RunTwoAtOnceAsync());
        Assert.Equal(2, (await EmailsAsync("tháng 05/2031")).Count);

        var list = await (await (await app.StaffClientAsync("analyst")).GetAsync("/api/staff/reports/monthly/2031-05/submissions")).JsonAsync();
        Assert.Equal(new DateTime(2031, 5, 31, 17, 30, 0, DateTimeKind.Utc), list.GetProperty("draftedAt").GetDateTime().ToUniversalTime());
    }

    [Fact]
    public async Task On_1_December_the_year_is_drafted_with_November_once()
    {
        app.SetVietnamTime(2031, 11, 30, 23, 59);
        Assert.DoesNotContain("yearly:2031", await RunTwoAtOnceAsync());

        app.SetVietnamTime(2031, 12, 1, 7);
        Assert.Equal(["monthly:2031-11", "yearly:2031"], await RunTwoAtOnceAsync());
        var emails = await EmailsAsync("năm 2031");
        Assert.Equal(2, emails.Count);
        Assert.All(emails, e => Assert.Contains("15/12/2031", e.Subject, StringComparison.Ordinal));
    }
}

public sealed class SubmissionsDraftJobTests_Sqlite(SubmissionsSqliteApp app) : SubmissionsDraftJobTests<SubmissionsSqliteApp>(app);

public sealed class SubmissionsDraftJobTests_Postgres(SubmissionsPostgresApp app) : SubmissionsDraftJobTests<SubmissionsPostgresApp>(app);
