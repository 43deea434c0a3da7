using Archive.Core.Agencies;
using Archive.Core.Reports;

namespace Archive.Application.Querying;

/// <summary>
/// A report's metadata as served: only columns stored before the report texts in a Reports row. The texts, and
/// what SQLite stores after them (ingestedAt), are loaded separately, only when asked for: reading a column after
/// the texts walks their overflow pages, measured at 2.7× the cost of a page of ten reports on the 100k archive.
/// </summary>
public sealed record ReportView
{
    public long Id { get; init; }
    public string? Title { get; init; }
    public AgencyView? Agency { get; init; }

    /// <summary>The agency name as extracted, kept even if no agency row exists.</summary>
    public string? AgencyName { get; init; }

    public AgencyKind? AgencyKind { get; init; }
    public string? RegionCode { get; init; }
    public int? Year { get; init; }
    public string? Published { get; init; }
    public DateOnly? PublishedDate { get; init; }
    public required ReportTemplate Template { get; init; }
    public required string FileName { get; init; }
}
