namespace Archive.Api.Http;

/// <summary>
/// One request's account with the rate limiter: the point taken on arrival, then the rest of the query's cost once
/// the complexity analyzer has measured it (during validation, before anything executes).
/// </summary>
public sealed class RequestBudget(RateLimiter limiter, string client)
{
    /// <summary>The last answer of the bucket (null when the rate limit is off).</summary>
    public RateLimitDecision? Decision { get; private set; }

    /// <summary>The estimated complexity of the operation, once measured.</summary>
    public double? Complexity { get; private set; }

    /// <summary>Takes the one point every request costs, parsed or not.</summary>
    public bool TryArrive()
    {
        if (!limiter.Enabled)
        {
            return true;
        }

        Decision = limiter.TryTake(client, 1);
        return Decision.Allowed;
    }

    /// <summary>Charges the rest of the cost of a query of this complexity; the refusal message when the bucket holds too few points.</summary>
    public string? Charge(double complexity)
    {
        Complexity = complexity;
        if (!limiter.Enabled)
        {
            return null;
        }

        var cost = limiter.CostOf(complexity);
        var rest = limiter.TryTake(client, cost - 1);
        Decision = rest with { Cost = cost };
        return rest.Allowed
            ? null
            : $"this query costs {cost} points and {rest.Remaining} of {rest.Limit} remain; retry after {Decision.RetryAfterSeconds} s";
    }
}
