using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Platform;

/// <summary>An app on the evening of 30 September 2030, the last year with a holiday file.</summary>
public sealed class LastCoveredYearApp : SqliteApp, ICaseApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2030, 9, 30, 16, 0, 0, TimeSpan.Zero));
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => CaseClient.Settings;
}

public sealed class CalendarHealthTests(LastCoveredYearApp app) : IClassFixture<LastCoveredYearApp>
{
    [Fact]
    public async Task From_1_October_health_reports_that_next_years_holidays_are_missing()
    {
        var client = app.CreateClient();
        var before = await (await client.GetAsync("/health")).JsonAsync();
        Assert.Equal("Healthy", before.GetProperty("checks").GetProperty("calendar").GetProperty("status").GetString());

        app.Clock.Advance(TimeSpan.FromHours(2)); // 01:00 on 1 October in Vietnam
        var response = await client.GetAsync("/health");
        var after = await response.JsonAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode); // degraded, still serving
        Assert.Equal("Degraded", after.GetProperty("status").GetString());
        var calendar = after.GetProperty("checks").GetProperty("calendar");
        Assert.Equal("Degraded", calendar.GetProperty("status").GetString());
        Assert.Contains("vn-2031.json", calendar.GetProperty("description").GetString(), StringComparison.Ordinal);

        // Deadlines still run into 2031 (weekends and fixed-date holidays): a complaint filed now gets its triage deadline.
        var code = await app.FileAsync();
        Assert.Equal("received", await app.PublicStatusAsync(code));
    }
}
