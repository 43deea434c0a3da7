using Archive.Search.Querying;

namespace Archive.Application.Querying;

/// <summary>
/// Full-text search behind GraphQL's `search`, the search export, the feeds and `archive search`: the index's own
/// request and result (Archive.Search), with what only the database knows added — an agency id in the filter is
/// resolved to the agency before the index runs.
/// </summary>
/// <remarks>
/// Hits come in the request's order; <see cref="SearchRequest.After"/> is a <see cref="SearchHit.Cursor"/> (or the
/// <see cref="SearchResult.NextCursor"/>) of the same search. A query the syntax does not allow throws
/// <see cref="SearchSyntaxException"/> (served as BAD_SEARCH_SYNTAX); a cursor of another search throws
/// <see cref="InvalidCursorException"/> (BAD_CURSOR).
/// </remarks>
public interface IReportSearch
{
    Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}
