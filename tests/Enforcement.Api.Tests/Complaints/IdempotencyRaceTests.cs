using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Data;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Complaints;

public abstract class IdempotencyRaceTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory
{
    [Fact]
    public async Task Parallel_retries_with_one_idempotency_key_file_one_complaint_and_all_get_its_code()
    {
        var key = $"race-{Guid.NewGuid():N}";
        var email = $"race{Guid.NewGuid():N}"[..16] + "@example.vn";
        var client = app.CreateClient();
        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/complaints") { Content = JsonContent.Create(TestData.ValidComplaint(email)) };
            request.Headers.Add("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(SendAsync)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"got {(int)a.StatusCode}"));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        var codes = new HashSet<string>();
        foreach (var a in answers) codes.Add((await a.JsonAsync()).GetProperty("trackingCode").GetString()!);
        Assert.Single(codes);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EnforcementDbContext>();
        Assert.Equal(1, await db.Complaints.CountAsync(c => c.Complainant.Email == email));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Recipient == email));
    }
}

public sealed class IdempotencyRaceTests_Sqlite(SqliteApp app) : IdempotencyRaceTests<SqliteApp>(app);

public sealed class IdempotencyRaceTests_Postgres(PostgresApp app) : IdempotencyRaceTests<PostgresApp>(app);
