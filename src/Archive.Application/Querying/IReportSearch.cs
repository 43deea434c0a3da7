namespace Archive.Application.Querying;

/// <summary>
/// Full-text search behind the `search` field and `Report.highlightedText`: the Lucene searcher (Archive.Search),
/// every filter included, so every search is ranked and faceted alike.
/// </summary>
/// <remarks>
/// Contract: hits are ordered by score (descending), then report id (ascending); <see cref="ReportSearchRequest.After"/>
/// is the (score, report id) of the last hit of the previous page and the next page starts strictly after it.
/// A query the syntax does not allow throws <see cref="SearchSyntaxException"/> (served as BAD_SEARCH_SYNTAX).
/// </remarks>
public interface IReportSearch
{
    Task<ReportSearchResult> SearchAsync(ReportSearchRequest request, CancellationToken cancellationToken);

    /// <summary>Where <paramref name="query"/> matches in <paramref name="text"/> (ordered, non-overlapping character ranges).</summary>
    /// <exception cref="SearchSyntaxException">The query is not valid search syntax.</exception>
    IReadOnlyList<TextRange> Highlight(string query, string text);
}
