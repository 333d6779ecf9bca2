using System.Text.Json;

namespace Enforcement.Search.Elasticsearch;

/// <summary>Elasticsearch refused a request or could not be reached; the message carries the server's reason.</summary>
public sealed class ElasticsearchException(string message, int status, string? errorType) : Exception(message)
{
    /// <summary>The HTTP status, or 0 when there was no answer (timeout).</summary>
    public int Status { get; } = status;
    /// <summary>Elasticsearch's error type, e.g. "index_not_found_exception".</summary>
    public string? ErrorType { get; } = errorType;

    /// <summary>Reads the server's error body: <c>{"error":{"root_cause":[…],"type","reason"},"status"}</c>, or a bare string.</summary>
    internal static ElasticsearchException From(string method, string path, int status, string body, string? apiKey)
    {
        string? type = null;
        string? reason = null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String) reason = error.GetString();
                else if (error.ValueKind == JsonValueKind.Object)
                {
                    type = Text(error, "type");
                    reason = Text(error, "reason");
                    if (error.TryGetProperty("root_cause", out var causes) && causes.ValueKind == JsonValueKind.Array
                        && causes.GetArrayLength() > 0 && Text(causes[0], "reason") is { } root && root != reason)
                        reason += $" (root cause: {Text(causes[0], "type")}: {root})";
                }
            }
        }
        catch (JsonException) { }
        reason ??= body.Length > 300 ? body[..300] + "…" : body;
        var message = $"Elasticsearch answered {status} to {method} {path}: {(type is null ? "" : type + ": ")}{reason}";
        // The server never echoes the key, but a proxy might: never let it into logs.
        if (!string.IsNullOrEmpty(apiKey)) message = message.Replace(apiKey, "***", StringComparison.Ordinal);
        return new ElasticsearchException(message, status, type);
    }

    internal static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;
}
