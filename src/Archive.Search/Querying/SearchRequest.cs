namespace Archive.Search.Querying;

/// <summary>
/// One search. <paramref name="Query"/> uses the human syntax: words (all must match), "quoted phrases" (exact
/// character sequence), OR, -exclude, title: and agency:, year:2019 or year:2018..2020, region:640221 or a region
/// name; empty means all reports. <paramref name="First"/> is the page size (0 for counts and facets only; capped at the configured
/// maximum); <paramref name="After"/> is the <see cref="SearchResult.NextCursor"/> of the previous page.
/// </summary>
public sealed record SearchRequest(
    string Query,
    ReportFilter? Filter = null,
    SearchSort Sort = SearchSort.Relevance,
    int First = 20,
    string? After = null,
    bool Facets = false,
    int SnippetCount = 3,
    bool HighlightWholeText = false)
{
    /// <summary>
    /// False: neither read nor kept by the result cache. An export pages through every hit once; its pages would
    /// grow the cache with the rows written and push out the popular searches the cache is for.
    /// </summary>
    public bool UseResultCache { get; init; } = true;
}
