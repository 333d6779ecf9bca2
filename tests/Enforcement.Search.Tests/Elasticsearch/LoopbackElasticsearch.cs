using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Enforcement.Search.Tests.Elasticsearch;

/// <summary>A request as the loopback server received it.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
    public JsonNode Json => JsonNode.Parse(Body)!;
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>
/// Stands in for an Elasticsearch server on 127.0.0.1: records every request and answers with the canned responses
/// queued by the test, in order. A request with nothing queued gets a 500 that names it, so it cannot pass unnoticed.
/// </summary>
internal sealed class LoopbackElasticsearch : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string Body)> _answers = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackElasticsearch(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public LoopbackElasticsearch Answer(int status, string body)
    {
        _answers.Enqueue((status, body));
        return this;
    }

    public LoopbackElasticsearch AnswerFile(int status, string name) => Answer(status, Golden.Read("Responses", name));

    public static async Task<LoopbackElasticsearch> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LoopbackElasticsearch(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body);
        _requests.Enqueue(recorded);
        var (status, answer) = _answers.TryDequeue(out var next) ? next : (500, $"{{\"error\":\"no answer queued for {recorded}\"}}");
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/vnd.elasticsearch+json;compatible-with=8";
        await context.Response.WriteAsync(answer);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
