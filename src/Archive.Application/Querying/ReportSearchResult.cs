namespace Archive.Application.Querying;

/// <summary>A page of search hits, the number of all matches, and the requested facet counts over all matches.</summary>
public sealed record ReportSearchResult(int TotalCount, IReadOnlyList<SearchHit> Hits, IReadOnlyList<FacetResult> Facets, bool HasNextPage);
