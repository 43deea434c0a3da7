using Archive.Core.Reports;

namespace Archive.Application.Querying;

/// <summary>A data-quality finding on a report (metric-dictionary.md §10).</summary>
public sealed record QualityFlagView(long ReportId, FlagKind Kind, string Detail);
