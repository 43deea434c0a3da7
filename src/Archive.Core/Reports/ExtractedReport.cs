using Archive.Core.Agencies;
using Archive.Core.Regions;

namespace Archive.Core.Reports;

/// <summary>
/// Everything Archive understands about one report: the shape of metric-dictionary.md §13.
/// Offsets in <see cref="ExtractedMetric"/> refer to the decoded text handed to the extractor.
/// </summary>
public sealed record ExtractedReport
{
    public required string File { get; init; }
    public string? Title { get; init; }
    public string? Agency { get; init; }
    public AgencyKind? AgencyKind { get; init; }
    public RegionRef? Region { get; init; }
    public int? Year { get; init; }

    /// <summary>ISO yyyy-MM-dd from the printed digits; may be an impossible date (then flagged).</summary>
    public string? Published { get; init; }

    public required ReportTemplate Template { get; init; }
    public IReadOnlyList<ExtractedMetric> Metrics { get; init; } = [];

    /// <summary>
    /// Every template cell of the tables the report's template has, with its state (empty when no table was looked
    /// for). Printed cells are also in <see cref="Metrics"/>; blank, not-applicable, text and unread cells only here.
    /// </summary>
    public IReadOnlyList<TableCell> Cells { get; init; } = [];
    public IReadOnlyList<ReportFlag> Flags { get; init; } = [];
    public string? Notes { get; init; }
}

/// <summary>One statistic: key from the metric dictionary, value as printed, and where it was read.</summary>
/// <param name="Source">The exact characters of the decoded text the value was read from.</param>
/// <param name="Start">Start of <paramref name="Source"/> in the decoded text (UTF-16 index).</param>
/// <param name="End">End (exclusive) of <paramref name="Source"/> in the decoded text.</param>
public sealed record ExtractedMetric(string Key, decimal Value, string? Unit, MetricOrigin Origin, string Source, int Start, int End);

/// <summary>A data-quality finding (metric-dictionary.md §10).</summary>
public sealed record ReportFlag(FlagKind Kind, string Detail);

/// <summary>The region a report belongs to, as served.</summary>
/// <param name="Path">Full names from the province down to this region.</param>
public sealed record RegionRef(string Code, string Name, IReadOnlyList<string> Path, RegionLevel Level);
