using Archive.Core.Reports;

namespace Archive.Application.Querying;

/// <summary>One stored statistic with its provenance (offsets index the report's normalized text).</summary>
/// <param name="SourceText">The characters as printed; null only between the read and the cut (<see cref="MetricReader"/>).</param>
public sealed record MetricView(
    long ReportId,
    string Key,
    double Value,
    string? Unit,
    MetricOrigin Origin,
    int SourceStart,
    int SourceEnd,
    string? SourceText);
