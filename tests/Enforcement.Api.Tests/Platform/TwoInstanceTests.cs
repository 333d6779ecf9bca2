using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Data.Schema;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Enforcement.Api.Tests.Platform;

/// <summary>An app instance on a given PostgreSQL database, so two instances can share one.</summary>
internal sealed class SharedPostgresApp(string connectionString) : AppFactory
{
    protected override string Provider => "Postgres";
    protected override string ConnectionString => connectionString;
}

/// <summary>Claims the docs make about several instances on one PostgreSQL database.</summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task Schema_scripts_applied_by_two_instances_at_once_are_applied_once()
    {
        await using var database = new ThrowawayPostgres();
        async Task<IReadOnlyList<int>> MigrateAsync()
        {
            await using var db = new EnforcementDbContext(new DbContextOptionsBuilder<EnforcementDbContext>().UseNpgsql(database.ConnectionString).Options);
            return await new SchemaMigrator(db, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync();
        }

        var results = await Task.WhenAll(Task.Run(MigrateAsync), Task.Run(MigrateAsync));

        // The advisory lock lets one apply everything; the other waits and finds nothing left to do.
        var all = SchemaScripts.For("postgres").Select(s => s.Version).ToList();
        Assert.Equal(all, results.SelectMany(r => r).Order());
        Assert.Contains(results, r => r.Count == 0);
    }

    [Fact]
    public async Task A_bearer_token_issued_by_one_instance_is_accepted_by_the_other()
    {
        await using var database = new ThrowawayPostgres();
        await using var a = new SharedPostgresApp(database.ConnectionString);
        var token = await a.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "inspector", password = TestData.DemoPassword });
        var accessToken = (await token.JsonAsync()).GetProperty("accessToken").GetString();

        await using var b = new SharedPostgresApp(database.ConnectionString);
        var client = b.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

        // The Data Protection key ring that protects tokens and cookies lives in the shared database.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/staff/tasks")).StatusCode);
        using var scope = b.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<EnforcementDbContext>().DataProtectionKeys.CountAsync());
    }
}
