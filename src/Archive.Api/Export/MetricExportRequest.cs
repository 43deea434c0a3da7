using Archive.Api.Querying;

namespace Archive.Api.Export;

/// <summary>What /export/metrics.csv exports: the keys (all when empty) of the reports the filter selects.</summary>
public sealed record MetricExportRequest(IReadOnlyList<string> Keys, ReportFilter Filter);
