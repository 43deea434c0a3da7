using Archive.Core.Reports;

namespace Archive.Storage.Entities;

/// <summary>A data-quality finding on a report (metric-dictionary.md §10); the data is kept as printed.</summary>
public sealed class QualityFlagEntity
{
    public long Id { get; set; }
    public long ReportId { get; set; }
    public ReportEntity? Report { get; set; }
    public required FlagKind Kind { get; set; }
    public required string Detail { get; set; }
}
