using System.ComponentModel.DataAnnotations;

namespace Archive.Api.Http;

/// <summary>Limits and switches of the HTTP API (configuration section "Api").</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>The key writes (mutations) require; null or empty turns writes off.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The request header that carries the API key.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9-]+$")]
    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    /// <summary>
    /// Origins allowed by CORS besides the local ones: "*" for any, or scheme://host[:port] where the port may be
    /// "*" (e.g. "https://app.example.org", "http://intranet:*"). Checked at start-up.
    /// </summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>
    /// Whether pages served from this machine on any port (http://localhost:*, http://127.0.0.1:*, http://[::1]:*)
    /// may call the API: a frontend in development works without configuration. The API holds public reports and
    /// writes need the key, so a local origin gains nothing a plain HTTP client lacks.
    /// </summary>
    public bool CorsAllowLocalhost { get; set; } = true;

    /// <summary>Largest response body; a larger result is replaced by a RESPONSE_TOO_LARGE error (16 MiB: 3× the 5.7 MB of 100 reports with all metrics).</summary>
    [Range(64 * 1024, 1024 * 1024 * 1024)]
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Points in each client's token bucket (0 turns the rate limit off). A query costs
    /// 1 + its estimated complexity / <see cref="ComplexityPerPoint"/> points; the bucket refills evenly over <see cref="RateLimitWindow"/>.
    /// </summary>
    [Range(0, 100_000_000)]
    public int RateLimitPoints { get; set; } = 10_000;

    /// <summary>How long an empty bucket takes to fill again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Complexity that costs one rate-limit point (a query's cost is 1 + complexity / this, rounded down).</summary>
    [Range(1, 1_000_000)]
    public int ComplexityPerPoint { get; set; } = 100;

    /// <summary>Largest accepted request body (4 MiB: room for a report text in `ingestReport`).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Longest accepted GraphQL document, in characters.</summary>
    [Range(100, 10 * 1024 * 1024)]
    public int MaxQueryLength { get; set; } = 100_000;

    /// <summary>Most fields (aliases included) a document may select.</summary>
    [Range(10, 100_000)]
    public int MaxFieldCount { get; set; } = 500;

    /// <summary>Deepest nesting of selections.</summary>
    [Range(2, 1000)]
    public int MaxDepth { get; set; } = 20;

    /// <summary>Highest estimated cost: each field counts once per item of the pages above it (page sizes multiply).</summary>
    [Range(10, 100_000_000)]
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>How many validated documents to keep parsed, by query text (0 turns the cache off).</summary>
    [Range(0, 100_000)]
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>How long one execution may take before it ends with a TIMEOUT error.</summary>
    [Range(typeof(TimeSpan), "00:00:00.0000001", "00:10:00")]
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Whether errors carry exception details (only for development).</summary>
    public bool ExposeExceptionDetails { get; set; }
}
