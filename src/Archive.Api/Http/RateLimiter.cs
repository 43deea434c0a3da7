using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Archive.Api.Http;

/// <summary>
/// A token bucket per client (the API key when a valid one is presented, else the remote address): each holds
/// Api:RateLimitPoints and refills evenly over Api:RateLimitWindow. A request takes its cost in points before it
/// executes; when the bucket holds fewer, it is refused with 429 and the time until it would hold enough.
/// </summary>
public sealed class RateLimiter(IOptions<ApiOptions> options, TimeProvider time)
{
    /// <summary>Above this many clients, buckets that have refilled completely are forgotten (they hold no state worth keeping).</summary>
    private const int PruneAbove = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    public bool Enabled => options.Value.RateLimitPoints > 0;

    /// <summary>The points a query of this estimated complexity costs.</summary>
    public int CostOf(double complexity) => 1 + (int)Math.Min(int.MaxValue - 1, Math.Max(0, complexity) / options.Value.ComplexityPerPoint);

    /// <summary>Takes <paramref name="cost"/> points from the client's bucket if it holds them.</summary>
    public RateLimitDecision TryTake(string client, int cost)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        if (_buckets.Count > PruneAbove)
        {
            Prune(now, settings);
        }

        var bucket = _buckets.GetOrAdd(client, _ => new Bucket(settings.RateLimitPoints, now));
        lock (bucket)
        {
            var perSecond = settings.RateLimitPoints / settings.RateLimitWindow.TotalSeconds;
            bucket.Refill(now, settings.RateLimitPoints, perSecond);
            var allowed = bucket.Points >= cost;
            if (allowed)
            {
                bucket.Points -= cost;
            }

            var retryAfter = allowed ? TimeSpan.Zero : TimeSpan.FromSeconds((cost - bucket.Points) / perSecond);
            var resetAt = now + TimeSpan.FromSeconds((settings.RateLimitPoints - bucket.Points) / perSecond);
            return new RateLimitDecision(allowed, cost, settings.RateLimitPoints, (int)Math.Floor(bucket.Points), resetAt, retryAfter);
        }
    }

    private void Prune(DateTimeOffset now, ApiOptions settings)
    {
        var perSecond = settings.RateLimitPoints / settings.RateLimitWindow.TotalSeconds;
        foreach (var (client, bucket) in _buckets)
        {
            lock (bucket)
            {
                bucket.Refill(now, settings.RateLimitPoints, perSecond);
                if (bucket.Points >= settings.RateLimitPoints)
                {
                    _buckets.TryRemove(client, out _);
                }
            }
        }
    }

    private sealed class Bucket(double points, DateTimeOffset at)
    {
        public double Points { get; set; } = points;

        private DateTimeOffset _at = at;

        public void Refill(DateTimeOffset now, int capacity, double perSecond)
        {
            if (now > _at)
            {
                Points = Math.Min(capacity, Points + ((now - _at).TotalSeconds * perSecond));
                _at = now;
            }
        }
    }
}

/// <summary>What the bucket said: whether the request may run, and GitHub-style figures for extensions.rateLimit.</summary>
public sealed record RateLimitDecision(bool Allowed, int Cost, int Limit, int Remaining, DateTimeOffset ResetAt, TimeSpan RetryAfter)
{
    /// <summary>Whole seconds for the Retry-After header (at least 1).</summary>
    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));

    public Dictionary<string, object?> ToExtension() => new()
    {
        ["cost"] = Cost,
        ["limit"] = Limit,
        ["remaining"] = Remaining,
        ["resetAt"] = ResetAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
    };
}
