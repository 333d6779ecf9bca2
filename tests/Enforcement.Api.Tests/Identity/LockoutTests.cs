using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Enforcement.Api.Identity;
using Enforcement.Api.Tests.Cases;
using Enforcement.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Identity;

/// <summary>The real password hasher, counting the passwords it actually checks per account.</summary>
internal sealed class CountingHasher : IPasswordHasher<StaffUser>
{
    private readonly PasswordHasher<StaffUser> _inner = new();
    public ConcurrentDictionary<string, int> Checked { get; } = new();

    public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
    {
        if (user.UserName.Length > 0) Checked.AddOrUpdate(user.UserName, 1, (_, n) => n + 1);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>An app that tells how many passwords of an account it actually checked.</summary>
public interface ICountingApp : ICaseApp
{
    int PasswordsChecked(string userName);
}

internal static class LockoutSettings
{
    public static Dictionary<string, string?> Settings => new(CaseClient.Settings)
    {
        ["Identity:Lockout:MaxFailedAttempts"] = "3", ["Identity:Lockout:LockoutMinutes"] = "15",
    };
}

public sealed class LockoutSqliteApp : SqliteApp, ICountingApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    internal CountingHasher Hasher { get; } = new();
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => LockoutSettings.Settings;
    protected override void AddTestServices(IServiceCollection services) => services.AddSingleton<IPasswordHasher<StaffUser>>(Hasher);
    public int PasswordsChecked(string userName) => Hasher.Checked.GetValueOrDefault(userName);
}

public sealed class LockoutPostgresApp : PostgresApp, ICountingApp
{
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 2, 0, 0, TimeSpan.Zero));
    internal CountingHasher Hasher { get; } = new();
    protected override TimeProvider TestClock => Clock;
    protected override IDictionary<string, string?> ExtraSettings => LockoutSettings.Settings;
    protected override void AddTestServices(IServiceCollection services) => services.AddSingleton<IPasswordHasher<StaffUser>>(Hasher);
    public int PasswordsChecked(string userName) => Hasher.Checked.GetValueOrDefault(userName);
}

/// <summary>Guessing passwords in parallel gets exactly the allowed number of tries, and a locked account looks like a wrong password.</summary>
public abstract class LockoutTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : AppFactory, ICountingApp
{
    private Task<HttpResponseMessage> SignInAsync(string user, string password) =>
        app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = user, password });

    private static async Task<string> ShapeAsync(HttpResponseMessage r) =>
        $"{(int)r.StatusCode} {r.Content.Headers.ContentType?.MediaType} {(await r.JsonAsync()).GetProperty("title").GetString()}";

    [Fact]
    public async Task Forty_parallel_wrong_passwords_get_exactly_three_checked_and_then_even_the_right_one_is_refused_like_a_wrong_one()
    {
        var unknown = await ShapeAsync(await SignInAsync("nobody-here", "sai"));

        var burst = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => SignInAsync("teamlead", $"sai-{i}"))));

        Assert.Equal(3, app.PasswordsChecked("teamlead"));
        foreach (var answer in burst) Assert.Equal(unknown, await ShapeAsync(answer));
        var right = await SignInAsync("teamlead", TestData.DemoPassword);
        Assert.Equal(unknown, await ShapeAsync(right)); // no 423 that says the account exists
        Assert.Equal(3, app.PasswordsChecked("teamlead")); // and its password was not even checked

        app.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync("teamlead", TestData.DemoPassword)).StatusCode);
    }

    [Fact]
    public async Task Each_lockout_before_a_good_sign_in_lasts_twice_as_long_and_a_good_sign_in_starts_over()
    {
        async Task BurstAsync() { for (var i = 0; i < 3; i++) await SignInAsync("inspector2", "sai"); }

        await BurstAsync();                                         // locked 15 minutes
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        await BurstAsync();                                         // locked 30 minutes
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync("inspector2", TestData.DemoPassword)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync("inspector2", TestData.DemoPassword)).StatusCode);

        await BurstAsync();                                         // 15 minutes again
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync("inspector2", TestData.DemoPassword)).StatusCode);
    }
}

public sealed class LockoutTests_Sqlite(LockoutSqliteApp app) : LockoutTests<LockoutSqliteApp>(app);

public sealed class LockoutTests_Postgres(LockoutPostgresApp app) : LockoutTests<LockoutPostgresApp>(app);
