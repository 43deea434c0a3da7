namespace Archive.Application.Querying;

/// <summary>
/// Which reports a query covers. Every condition is optional and they combine with AND; the same filter
/// drives `reports`, `search`, the metric aggregations and the CSV export.
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

    /// <summary>The agency's database id.</summary>
    public long? AgencyId { get; init; }

    /// <summary>An agency kind id (metric-dictionary.md §12), e.g. industry_and_it.</summary>
    public string? AgencyKind { get; init; }

    /// <summary>One of <see cref="Archive.Core.Reports.ReportTemplates"/>.</summary>
    public string? Template { get; init; }

    /// <summary>True: only reports with at least one quality flag; false: only reports without.</summary>
    public bool? HasFlags { get; init; }

    /// <summary>Only reports carrying a flag of this kind (e.g. identity_violation).</summary>
    public string? FlagKind { get; init; }
}
