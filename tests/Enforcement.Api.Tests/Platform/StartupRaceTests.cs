using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Platform;

public sealed class StartupRaceTests
{
    [Fact]
    public async Task Two_instances_starting_at_the_same_instant_on_an_empty_database_both_start_three_times_out_of_three()
    {
        // The barrier makes both start at once every time; each trial starts two apps, so three keep the suite short.
        for (var trial = 0; trial < 3; trial++)
        {
            await using var database = new ThrowawayPostgres();
            await using var a = new SharedPostgresApp(database.ConnectionString);
            await using var b = new SharedPostgresApp(database.ConnectionString);
            using var go = new Barrier(2);

            var started = await Task.WhenAll(
                Task.Run(() => { go.SignalAndWait(); return a.CreateClient(); }),
                Task.Run(() => { go.SignalAndWait(); return b.CreateClient(); }));

            foreach (var client in started) Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
            using var scope = a.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
            Assert.Equal(34, await db.Provinces.CountAsync());
            Assert.Equal(8, await db.Agencies.CountAsync());
            Assert.Equal(12, await db.StaffUsers.CountAsync()); // the demo seeded once
            Assert.Equal(3, await db.Complaints.CountAsync());
        }
    }
}
