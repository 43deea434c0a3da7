namespace Archive.Application.Querying;

/// <summary>One page of a search.</summary>
/// <param name="Query">The user's query (never empty; the API rejects blank queries first).</param>
/// <param name="First">Page size, 0 to 100 (0: counts and facets only).</param>
/// <param name="After">Position of the last hit already seen, or null for the first page.</param>
/// <param name="Facets">Facet names to count over all matches (values of <see cref="SearchFacets"/>).</param>
public sealed record ReportSearchRequest(string Query, ReportFilter Filter, int First, SearchPosition? After, IReadOnlyList<string> Facets)
{
    /// <summary>The result order.</summary>
    public Archive.Search.Querying.SearchSort Order { get; init; } = Archive.Search.Querying.SearchSort.Relevance;

    /// <summary>Snippets per hit (0: none), at most 3.</summary>
    public int SnippetCount { get; init; } = 3;

    /// <summary>False for a search paged to its end once (an export): the index's result cache is neither read nor filled.</summary>
    public bool UseResultCache { get; init; } = true;
}
