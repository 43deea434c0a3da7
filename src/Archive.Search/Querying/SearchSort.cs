namespace Archive.Search.Querying;

/// <summary>Result order. Each breaks its ties as <see cref="SegmentHitCollector"/> documents, then by ReportId, so paging is stable.</summary>
public enum SearchSort
{
    /// <summary>Best match first; equal scores newest first (year, then publish day).</summary>
    Relevance,

    /// <summary>Newest reporting year first, then latest published; reports without a year last.</summary>
    YearDesc,

    /// <summary>Oldest reporting year first, then earliest published; reports without a year last.</summary>
    YearAsc,

    /// <summary>Latest publish date first; reports without one last.</summary>
    PublishedDesc,

    /// <summary>Earliest publish date first; reports without one last.</summary>
    PublishedAsc,

    /// <summary>By region code (the most precise level a report has), newest first within a region; reports without a region last.</summary>
    Region,

    /// <summary>
    /// Most recently stored first: report ids grow as reports are first stored (an update keeps its id and its
    /// ingestion time), so this is ingestion time, newest first. What a feed of new reports lists.
    /// </summary>
    IngestedDesc,
}
