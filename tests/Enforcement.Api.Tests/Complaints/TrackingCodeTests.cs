using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;

namespace Enforcement.Api.Tests.Complaints;

/// <summary>Apps whose clock starts one tenth of a second before New Year in Vietnam.</summary>
public sealed class NewYearSqliteApp : SqliteApp, ICaseApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2027, 12, 31, 16, 59, 59, 900, TimeSpan.Zero));
    protected override TimeProvider TestClock => Clock;
}

public sealed class NewYearPostgresApp : PostgresApp, ICaseApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2027, 12, 31, 16, 59, 59, 900, TimeSpan.Zero));
    protected override TimeProvider TestClock => Clock;
}

public abstract class TrackingCodeTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICaseApp
{
    [Fact]
    public async Task Parallel_submissions_at_the_first_instant_of_a_new_year_all_get_that_years_numbers_in_order()
    {
        var client = app.CreateClient(); // the demo complaints are numbered in 2027
        app.Clock.Advance(TimeSpan.FromMilliseconds(100)); // 00:00:00.000 on 1 January 2028, Vietnam time
        var body = TestData.ValidComplaint(today: TestData.Today(app.Clock));

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => client.PostAsJsonAsync("/api/complaints", body))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var codes = new List<string>();
        foreach (var a in answers) codes.Add((await a.JsonAsync()).GetProperty("trackingCode").GetString()!);
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"PA-2028-{n:000000}"), codes.Order(StringComparer.Ordinal));
    }
}

public sealed class TrackingCodeTests_Sqlite(NewYearSqliteApp app) : TrackingCodeTests<NewYearSqliteApp>(app);

public sealed class TrackingCodeTests_Postgres(NewYearPostgresApp app) : TrackingCodeTests<NewYearPostgresApp>(app);
