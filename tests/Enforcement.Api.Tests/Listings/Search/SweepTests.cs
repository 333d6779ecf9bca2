using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Listings.Search;

/// <summary>Saved searches re-run on the clock; what is new is recorded and mailed once.</summary>
public abstract class SweepTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, IListingsApp
{
    private async Task<int> OutboxCountAsync(string subjectPart)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        return await db.OutboxMessages.CountAsync(m => m.Recipient == "inspector@sct.example.gov.vn" && m.Subject.Contains(subjectPart));
    }

    [Fact]
    public async Task A_sweep_records_only_new_matches_each_interval_and_mails_its_owner()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var tag = "sweeptest" + Guid.NewGuid().ToString("N")[..6];
        await inspector.ImportAsync(string.Join('\n', ListingsClient.Line(tag + "-1", $"Đồng hồ {tag} rep 1:1", 500_000), ListingsClient.Line(tag + "-2", $"ĐỒNG HỒ {tag} super fake", 450_000)));
        await app.IndexAsync();

        var created = await inspector.PostAsJsonAsync("/api/staff/listings/sweeps", new { name = "Đồng hồ " + tag, intervalMinutes = 60, query = new { q = "dong ho " + tag } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();

        Assert.True(await app.RunDueSweepsAsync() >= 1);
        Assert.Equal(0, await app.RunDueSweepsAsync());   // not due again until the interval has passed
        var first = await (await inspector.GetAsync($"/api/staff/listings/sweeps/{id}")).JsonAsync();
        Assert.Equal(2, first.GetProperty("runs")[0].GetProperty("newMatches").GetInt32());
        Assert.Equal(1, await OutboxCountAsync("Đồng hồ " + tag));

        await inspector.ImportAsync(ListingsClient.Line(tag + "-3", $"Dong ho {tag} hang loai 1", 300_000));
        await app.IndexAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        inspector = await app.StaffClientAsync("inspector");   // a bearer token lasts an hour
        Assert.True(await app.RunDueSweepsAsync() >= 1);
        var second = await (await inspector.GetAsync($"/api/staff/listings/sweeps/{id}")).JsonAsync();
        Assert.Equal(2, second.GetProperty("runs").GetArrayLength());
        Assert.Equal(1, second.GetProperty("runs")[0].GetProperty("newMatches").GetInt32());
        Assert.Equal(3, second.GetProperty("runs")[0].GetProperty("total").GetInt64());
        Assert.Equal(2, await OutboxCountAsync("Đồng hồ " + tag));

        app.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.True(await app.RunDueSweepsAsync() >= 1);
        Assert.Equal(2, await OutboxCountAsync("Đồng hồ " + tag));   // nothing new: no email
    }

    [Fact]
    public async Task Two_instances_racing_for_a_due_sweep_run_it_once()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var tag = "race" + Guid.NewGuid().ToString("N")[..6];
        var created = await inspector.PostAsJsonAsync("/api/staff/listings/sweeps", new { name = tag, intervalMinutes = 30, query = new { q = tag } });
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();
        app.Clock.Advance(TimeSpan.FromDays(400));   // every sweep of this app is due; each runs exactly once

        using var start = new Barrier(4);
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            start.SignalAndWait();
            var ran = 0;
            while (await app.RunSweepAsync()) ran++;
            return ran;
        })).ToList();
        await Task.WhenAll(workers);
        inspector = await app.StaffClientAsync("inspector");   // the old token expired with the clock

        var view = await (await inspector.GetAsync($"/api/staff/listings/sweeps/{id}")).JsonAsync();
        Assert.Equal(1, view.GetProperty("runs").GetArrayLength());
    }

    [Theory]
    [InlineData("{\"name\":\"\",\"intervalMinutes\":60}", "name")]
    [InlineData("{\"name\":\"x\",\"intervalMinutes\":1}", "intervalMinutes")]
    [InlineData("{\"name\":\"x\",\"intervalMinutes\":60,\"query\":{\"sort\":\"bogus\"}}", "query.sort")]
    [InlineData("{\"name\":\"x\",\"intervalMinutes\":60,\"query\":{\"minPrice\":\"abc\"}}", "query.minPrice")]
    public async Task A_bad_sweep_is_refused_field_by_field(string body, string field)
    {
        var inspector = await app.StaffClientAsync("inspector");
        var response = await inspector.PostAsync("/api/staff/listings/sweeps", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task A_sweep_is_its_owners_alone()
    {
        var inspector = await app.StaffClientAsync("inspector");
        var created = await inspector.PostAsJsonAsync("/api/staff/listings/sweeps", new { name = "của tôi", intervalMinutes = 60 });
        var id = (await created.JsonAsync()).GetProperty("id").GetInt64();
        var admin = await app.StaffClientAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/staff/listings/sweeps/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await inspector.DeleteAsync($"/api/staff/listings/sweeps/{id}")).StatusCode);
    }
}

public sealed class SqliteSweepTests(ListingsSqliteApp app) : SweepTests<ListingsSqliteApp>(app);

public sealed class PostgresSweepTests(ListingsPostgresApp app) : SweepTests<ListingsPostgresApp>(app);
