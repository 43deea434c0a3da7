namespace Archive.Storage.Entities;

/// <summary>A search someone saved to follow: its query and filter, and the secret token of its Atom feed.</summary>
public sealed class SavedSearchEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The search as typed (the syntax of GraphQL's <c>search(query:)</c>).</summary>
    public required string Query { get; set; }

    /// <summary>The GraphQL ReportFilter given, as JSON (field names as in GraphQL); null when none.</summary>
    public string? FilterJson { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Unguessable (256 random bits, base64url): the feed's URL is the only credential a feed reader holds.</summary>
    public required string FeedToken { get; set; }
}
