namespace Archive.Search.Querying;

/// <summary>Result order. Ties are broken by ReportId ascending, so paging is stable.</summary>
public enum SearchSort
{
    Relevance,
    YearDesc,
    YearAsc,
    PublishedDesc,
}
