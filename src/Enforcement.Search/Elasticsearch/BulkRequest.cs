using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Enforcement.Search.Elasticsearch;

/// <summary>One action of a <c>_bulk</c> request: its NDJSON lines, for the document <see cref="Id"/>.</summary>
internal sealed record BulkAction(long Id, string Lines);

/// <summary>What <c>_bulk</c> said about one action that did not succeed.</summary>
internal sealed record BulkFailure(int Position, long Id, int Status, string Reason);

/// <summary>Writes <c>_bulk</c> NDJSON and reads its per-item answers.</summary>
internal static class BulkRequest
{
    /// <summary>Bodies are UTF-8: no need to escape Vietnamese letters as \uXXXX.</summary>
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static BulkAction Index(ListingDocument d)
    {
        var action = new JsonObject { ["index"] = new JsonObject { ["_id"] = Id(d.Id) } };
        return new BulkAction(d.Id, action.ToJsonString(Json) + "\n" + Document(d).ToJsonString(Json) + "\n");
    }

    public static BulkAction Delete(long id) =>
        new(id, new JsonObject { ["delete"] = new JsonObject { ["_id"] = Id(id) } }.ToJsonString(Json) + "\n");

    public static string Body(IEnumerable<BulkAction> actions)
    {
        var sb = new StringBuilder();
        foreach (var a in actions) sb.Append(a.Lines);
        return sb.ToString();
    }

    /// <summary>The indexed form of a listing; absent values are left out so that "missing" sorts and facets see them.</summary>
    public static JsonObject Document(ListingDocument d)
    {
        var o = new JsonObject { ["id"] = d.Id, ["platform"] = d.Platform, ["title"] = d.Title };
        Add(o, "description", d.Description);
        Add(o, "brand", d.Brand);
        Add(o, "category", d.Category);
        Add(o, "seller", d.Seller);
        Add(o, "sellerName", d.SellerName);
        Add(o, "province", d.Province);
        Add(o, "ward", d.Ward);
        if (d.Price is { } price) o["price"] = price;
        o["risk"] = d.Risk;
        o["riskBand"] = d.RiskBand;
        o["status"] = d.Status;
        o["firstSeen"] = Date(d.FirstSeen);
        o["lastSeen"] = Date(d.LastSeen);
        return o;
    }

    /// <summary>UTC with milliseconds, the precision of an Elasticsearch date.</summary>
    public static string Date(DateTime value) =>
        (value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The items of a <c>_bulk</c> answer that carry an error, by position in <paramref name="sent"/>. A delete of an
    /// unknown id answers 404 "not_found" without an error: that is success.
    /// </summary>
    public static List<BulkFailure> Failures(string body, IReadOnlyList<BulkAction> sent)
    {
        using var doc = JsonDocument.Parse(body);
        var failures = new List<BulkFailure>();
        if (!doc.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.True) return failures;
        var position = 0;
        foreach (var item in doc.RootElement.GetProperty("items").EnumerateArray())
        {
            var result = item.EnumerateObject().First().Value;   // {"index": {...}} or {"delete": {...}}
            if (result.TryGetProperty("error", out var error) && position < sent.Count)
            {
                var status = result.TryGetProperty("status", out var s) ? s.GetInt32() : 0;
                failures.Add(new BulkFailure(position, sent[position].Id, status, Reason(error)));
            }
            position++;
        }
        return failures;
    }

    private static string Reason(JsonElement error)
    {
        if (error.ValueKind == JsonValueKind.String) return error.GetString() ?? "";
        var reason = $"{ElasticsearchException.Text(error, "type")}: {ElasticsearchException.Text(error, "reason")}";
        if (error.TryGetProperty("caused_by", out var cause) && ElasticsearchException.Text(cause, "reason") is { } because)
            reason += $" ({ElasticsearchException.Text(cause, "type")}: {because})";
        return reason;
    }

    private static void Add(JsonObject o, string name, string? value)
    {
        if (value is not null) o[name] = value;
    }
}
