namespace Archive.Api.GraphQL;

/// <summary>What the HTTP endpoint established about the caller, handed to resolvers as the user context.</summary>
public sealed class ArchiveUserContext : Dictionary<string, object?>
{
    /// <summary>True when the request carried the configured API key (writes allowed).</summary>
    public bool CanWrite { get; init; }

    /// <summary>Why writes are refused, for the UNAUTHENTICATED message; null when <see cref="CanWrite"/>.</summary>
    public string? WriteRefusal { get; init; }

    /// <summary>The request's rate-limit account, charged by the complexity analyzer (see <see cref="QueryCost.ChargeAsync"/>).</summary>
    public Http.RequestBudget? Budget { get; init; }
}
