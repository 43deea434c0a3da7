using Archive.Search.Highlighting;

namespace Archive.Search.Querying;

/// <summary>One matching report, its relevance score (computed whatever the sort) and its snippets.</summary>
public sealed record SearchHit(long ReportId, float Score, IReadOnlyList<Snippet> Snippets)
{
    /// <summary>The hit's key in the request's sort order: with the ReportId, where a page after it starts.</summary>
    public long SortKey { get; init; }

    /// <summary>
    /// The opaque cursor that continues the same search after this hit (<see cref="SearchRequest.After"/>); the last
    /// hit's is the page's <see cref="SearchResult.NextCursor"/>.
    /// </summary>
    public string Cursor { get; init; } = string.Empty;
}
