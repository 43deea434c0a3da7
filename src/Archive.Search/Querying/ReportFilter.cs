using Archive.Core.Reports;

namespace Archive.Search.Querying;

/// <summary>
/// Which reports a search, a listing, an aggregation or an export covers: every condition is optional (null means
/// "any") and they combine with AND. The one filter of every surface: GraphQL's ReportFilter, the CSV exports, the
/// CLI's options, the SQL readers and the index read it.
/// </summary>
public sealed record ReportFilter
{
    public static ReportFilter None { get; } = new();

    /// <summary>A GB/T 2260 code at any level; matches reports of that region and of every region below it.</summary>
    public string? RegionCode { get; init; }

    /// <summary>First reported year included.</summary>
    public int? YearFrom { get; init; }

    /// <summary>Last reported year included.</summary>
    public int? YearTo { get; init; }

    /// <summary>The agency's full name, exactly.</summary>
    public string? AgencyName { get; init; }

    /// <summary>
    /// The agency's database id. The index holds no database ids: the application resolves it to the agency's name
    /// and region before a search (<see cref="ArchiveSearcher"/> refuses a filter that still carries one).
    /// </summary>
    public long? AgencyId { get; init; }

    /// <summary>An agency kind id (metric-dictionary.md §12), e.g. industry_and_it.</summary>
    public string? AgencyKind { get; init; }

    public ReportTemplate? Template { get; init; }

    /// <summary>True: only reports with at least one quality flag; false: only reports without.</summary>
    public bool? HasFlags { get; init; }

    /// <summary>Only reports carrying a flag of this kind (e.g. identity_violation).</summary>
    public string? FlagKind { get; init; }

    /// <summary>
    /// The TIMELINESS check of report.quality (<see cref="Core.Quality.PublicationDeadlines"/>): true, only reports
    /// published after their legal deadline (FAIL); false, only reports published by it (PASS). A report without a
    /// verdict (no calendar date, a date within the reported year, no deadline known for its body) matches neither.
    /// </summary>
    public bool? PublishedLate { get; init; }
}
