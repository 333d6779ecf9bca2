using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Enforcement.Search.Elasticsearch;

/// <summary>The versioned indices behind the alias: creating them, finding them, pointing the alias.</summary>
internal sealed partial class ElasticsearchListingIndex
{
    private async Task CreateIndexAsync(string name, bool withAlias, CancellationToken ct)
    {
        var body = Json(IndexMapping.CreateBody(Options.Shards, withAlias ? Alias : null, bulkLoad: !withAlias));
        var created = await Transport.SendAsync(HttpMethod.Put, $"/{name}", body, ct, accepted: 400);
        if (created.IsSuccess) return;
        var error = ElasticsearchException.From("PUT", $"/{name}", created.Status, created.Body, Options.ApiKey);
        if (error.ErrorType != "resource_already_exists_exception") throw error;
        if (withAlias)
        {
            // The index is there without its alias (e.g. the alias was removed by hand): put it back.
            var add = new JsonObject { ["actions"] = new JsonArray(AliasAction("add", name)) };
            await Transport.SendAsync(HttpMethod.Post, "/_aliases", Json(add), ct);
            return;
        }
        // A rebuild that failed before its alias swap left this index behind: nothing searches it.
        await Transport.SendAsync(HttpMethod.Delete, $"/{name}", null, ct);
        await Transport.SendAsync(HttpMethod.Put, $"/{name}", body, ct);
    }

    /// <summary>The indices the alias points at (<c>GET /_alias/{alias}</c> answers <c>{ "index": { "aliases": … } }</c>, or 404).</summary>
    private async Task<List<string>> IndicesBehindAliasAsync(CancellationToken ct)
    {
        var response = await Transport.SendAsync(HttpMethod.Get, $"/_alias/{Alias}", null, ct, accepted: 404);
        if (response.Status == 404) return [];
        using var doc = JsonDocument.Parse(response.Body);
        return [.. doc.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }

    private string VersionName(int version) => $"{Alias}-v{version.ToString(CultureInfo.InvariantCulture)}";

    private int VersionOf(string index) =>
        index.StartsWith(Alias + "-v", StringComparison.Ordinal) && int.TryParse(index.AsSpan(Alias.Length + 2), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private JsonObject AliasAction(string verb, string index) =>
        new() { [verb] = new JsonObject { ["index"] = index, ["alias"] = Alias } };
}
