using Enforcement.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Api.Tests.Deployment;

/// <summary>
/// The real app on a real loopback port: requests arrive over TCP from 127.0.0.1, as from a proxy on the
/// same host. (TestServer has no remote address, so per-IP limits cannot be tested through it.)
/// </summary>
public abstract class KestrelApp : SqliteApp
{
    private readonly Lazy<Uri> _address;

    protected KestrelApp() => _address = new(Start);

    public HttpClient Client(string? forwardedFor = null, string? forwardedProto = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _address.Value };
        if (forwardedFor is not null) client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        if (forwardedProto is not null) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        return client;
    }

    private Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var port = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
        return new Uri($"http://127.0.0.1:{port}");
    }
}
