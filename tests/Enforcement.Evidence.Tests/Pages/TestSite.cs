using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enforcement.Evidence.Tests.Pages;

/// <summary>A small Kestrel site on 127.0.0.1:0 serving the pages the capture tests visit; it counts hits per path.</summary>
public sealed class TestSite : IAsyncDisposable
{
    private WebApplication? _app;
    public ConcurrentDictionary<string, int> Hits { get; } = new();
    public string BaseUrl { get; private set; } = "";
    public int Port => new Uri(BaseUrl).Port;

    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    public async Task StartAsync(Action<WebApplication> map, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (certificate is null) builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        else builder.WebHost.UseKestrelHttpsConfiguration().UseKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        builder.Services.AddResponseCompression();
        _app = builder.Build();
        _app.UseWhen(c => c.Request.Path.StartsWithSegments("/gz"), gz => gz.UseResponseCompression());
        _app.Use(async (context, next) =>
        {
            Hits.AddOrUpdate(context.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
            await next(context);
        });
        map(_app);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public int HitCount(string path) => Hits.TryGetValue(path, out var n) ? n : 0;

    public static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) { await _app.StopAsync(); await _app.DisposeAsync(); }
    }
}
