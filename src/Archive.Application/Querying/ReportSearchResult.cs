using Archive.Search.Querying;

namespace Archive.Application.Querying;

/// <summary>A page of a search with the facts of its reports: the index's result, and each hit whose report still exists, in hit order.</summary>
public sealed record ReportSearchResult(SearchResult Index, IReadOnlyList<ReportHit> Hits);

/// <summary>A hit of the index and its report, read from the database.</summary>
public sealed record ReportHit(SearchHit Hit, ReportView Report);

public static class ReportSearchHydration
{
    /// <summary>
    /// Searches, then reads the page's reports in one batch; a hit whose report vanished meanwhile is left out (the
    /// index's counts and cursor stay as the index gave them).
    /// </summary>
    public static async Task<ReportSearchResult> SearchReportsAsync(this IReportSearch search, ReportReader reports, SearchRequest request, CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(request, cancellationToken);
        var views = await reports.GetByIdsAsync([.. result.Hits.Select(h => h.ReportId)], cancellationToken);
        return new ReportSearchResult(result, [.. result.Hits.Where(h => views.ContainsKey(h.ReportId)).Select(h => new ReportHit(h, views[h.ReportId]))]);
    }
}
