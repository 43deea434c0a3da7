using Archive.Application.Querying;
using Archive.Search.Querying;

namespace Archive.Api.Export;

/// <summary>What /export/metrics.csv exports: the keys (all when empty) of the reports the filter selects.</summary>
/// <param name="Cells">Also a row for every template cell without a metric (blank, not applicable, text, unread), with a state column.</param>
public sealed record MetricExportRequest(IReadOnlyList<string> Keys, ReportFilter Filter, bool Cells = false);
