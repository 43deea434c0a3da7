namespace Archive.Search;

/// <summary>
/// The limits of a search and of a filter, one set for every surface (GraphQL, the CSV exports, the feeds, the CLI)
/// and the index itself. A surface refuses what is over a limit with a message naming it; the index, called
/// directly, caps a page at <see cref="MaxPageSize"/> (a guard, not a rule a user meets first).
/// </summary>
public static class SearchLimits
{
    /// <summary>Hits (or rows) per page: `first` of every connection, `archive search --first`, the index's cap.</summary>
    public const int MaxPageSize = 100;

    /// <summary>
    /// Characters of a search query (`search`, `highlightedText`, /export/search.csv, saved searches, the parser):
    /// far above any real one, and it bounds the SmartCn analysis and the clause count a query can cost.
    /// </summary>
    public const int MaxQueryLength = 500;

    /// <summary>Characters of a text filter value (agency name, agency kind, flag kind).</summary>
    public const int MaxFilterTextLength = 200;

    /// <summary>Snippets per hit: what a result list shows; more would only grow every page.</summary>
    public const int MaxSnippetsPerHit = 3;
}
