using System.Net.Http.Headers;
using System.Text;

namespace Enforcement.Search.Elasticsearch;

/// <summary>An answer of Elasticsearch: its status and body.</summary>
internal sealed record EsResponse(int Status, string Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}

/// <summary>
/// Sends REST requests: media types with the configured compatibility, the API key, a timeout per attempt, and
/// retries with exponential backoff while the server answers 429 (too many requests).
/// </summary>
internal sealed class ElasticsearchTransport(HttpClient client, ElasticsearchOptions options)
{
    private string Json => options.CompatibleWith > 0 ? $"application/vnd.elasticsearch+json; compatible-with={options.CompatibleWith}" : "application/json";
    private string NdJson => options.CompatibleWith > 0 ? $"application/vnd.elasticsearch+x-ndjson; compatible-with={options.CompatibleWith}" : "application/x-ndjson";

    /// <summary>The wait before retry number <paramref name="attempt"/> (0-based).</summary>
    public TimeSpan Backoff(int attempt) => TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds * Math.Pow(2, attempt));

    public int MaxRetries => options.MaxRetries;

    /// <summary>
    /// Sends and answers the response; a status outside 2xx and <paramref name="accepted"/> throws an
    /// <see cref="ElasticsearchException"/> with the server's reason, after retrying 429s.
    /// </summary>
    public async Task<EsResponse> SendAsync(HttpMethod method, string path, string? body, CancellationToken ct, bool ndjson = false, params int[] accepted)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await SendOnceAsync(method, path, body, ndjson, ct);
            if (response.Status == 429 && attempt < options.MaxRetries)
            {
                await Task.Delay(Backoff(attempt), ct);
                continue;
            }
            if (response.IsSuccess || accepted.Contains(response.Status)) return response;
            throw ElasticsearchException.From(method.Method, path, response.Status, response.Body, options.ApiKey);
        }
    }

    private async Task<EsResponse> SendOnceAsync(HttpMethod method, string path, string? body, bool ndjson, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(options.Url!.TrimEnd('/') + path));
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(Json));
        if (!string.IsNullOrEmpty(options.ApiKey)) request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", options.ApiKey);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ndjson ? NdJson : Json);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
            return new EsResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new ElasticsearchException($"Elasticsearch did not answer {method.Method} {path} within {options.TimeoutSeconds} s.", 0, null);
        }
        catch (HttpRequestException ex)
        {
            throw new ElasticsearchException($"Elasticsearch could not be reached for {method.Method} {path}: {ex.Message}", 0, null);
        }
    }
}
