using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Infrastructure;

/// <summary>The app on Kestrel and a loopback port, so requests cross a real socket and Kestrel's limits apply.</summary>
public sealed class LiveServer<TApp> : IAsyncLifetime where TApp : AppFactory, new()
{
    public TApp App { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        BaseAddress = new Uri(address);
        return Task.CompletedTask;
    }

    public HttpClient NewClient() => new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5),
    };

    public async Task DisposeAsync() => await App.DisposeAsync();
}
