using System.ComponentModel.DataAnnotations;

namespace Enforcement.Search;

/// <summary>The "Search" configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>"Sqlite", "Postgres" or "Elasticsearch"; empty means the database's own full-text search.</summary>
    [RegularExpression("^(|Sqlite|Postgres|Elasticsearch)$")]
    public string Provider { get; set; } = "";

    public ElasticsearchOptions Elasticsearch { get; set; } = new();
}

/// <summary>The "Search:Elasticsearch" section: the REST endpoint and how to talk to it.</summary>
public sealed class ElasticsearchOptions
{
    public const string Section = "Search:Elasticsearch";

    public string? Url { get; set; }
    /// <summary>Sent as "Authorization: ApiKey …" when set.</summary>
    public string? ApiKey { get; set; }
    /// <summary>The alias searches go through; versioned indices behind it are named "{Index}-v{n}".</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9_-]{0,100}$")]
    public string Index { get; set; } = "listings";
    /// <summary>"compatible-with" in the media type: 8 for 8.x and 9.x servers; 0 sends plain application/json (7.x, OpenSearch).</summary>
    [Range(0, 9)]
    public int CompatibleWith { get; set; } = 8;
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
    /// <summary>First wait before retrying a request (or bulk items) refused with 429; doubles on each retry.</summary>
    [Range(0, 60_000)]
    public int RetryDelayMilliseconds { get; set; } = 500;
    /// <summary>Primary shards of a new versioned index. One keeps scores and facet counts exact up to tens of millions of listings.</summary>
    [Range(1, 64)]
    public int Shards { get; set; } = 1;
}
