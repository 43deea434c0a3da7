using System.Runtime.CompilerServices;
using System.Text;
using Archive.Api.GraphQL;
using Archive.Api.Vocabulary;
using Archive.Application.Querying;
using Archive.Core.Metrics;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Storage;
using Archive.Storage.Cells;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.Export;

/// <summary>
/// One row of the metrics export: a report × a metric key, spelled as every public surface spells it. <c>Value</c> is
/// null only for a template cell without a number (cells mode); <c>State</c> is the GraphQL <c>CellState</c> name.
/// </summary>
public sealed record MetricExportRow(
    string ReportId, string? Title, string? Agency, string? AgencyKind, string? RegionCode, string? RegionName, int? Year,
    string Template, string Key, string Label, double? Value, string? Unit, string Origin, string State);

/// <summary>
/// The rows of /export/metrics.csv and `archive export metrics`, streamed from one query in report order. Both
/// surfaces write them through <see cref="AppendCsv"/> (or as JSON), so the CSV is the same wherever it comes from.
/// </summary>
public static class MetricExportRows
{
    public static IReadOnlyList<string> Columns { get; } =
        ["reportId", "title", "agency", "agencyKind", "regionCode", "regionName", "year", "template", "key", "label", "value", "unit", "origin"];

    /// <summary>The columns with <c>cells=true</c>: the metric columns, then the cell's state.</summary>
    public static IReadOnlyList<string> CellColumns { get; } = [.. Columns, "state"];

    // Reports read per round in cells mode: their metrics and cell blobs are merged in memory (~130 rows each).
    private const int CellReportsPerBatch = 256;

    public static string Header(MetricExportRequest request) => string.Join(',', request.Cells ? CellColumns : Columns);

    /// <summary>The rows of <paramref name="request"/>: metrics only, or with <c>Cells</c> every template cell too.</summary>
    public static IAsyncEnumerable<MetricExportRow> ReadAsync(
        ArchiveDbContext db, MetricExportRequest request, IReadOnlyDictionary<string, MetricDefinition> definitions, CancellationToken cancellationToken) =>
        request.Cells ? CellRowsAsync(db, request, definitions, cancellationToken) : MetricRowsAsync(db, request, definitions, cancellationToken);

    /// <summary>Metrics only: one query, one row per report × metric, ordered by report and key.</summary>
    private static async IAsyncEnumerable<MetricExportRow> MetricRowsAsync(
        ArchiveDbContext db, MetricExportRequest request, IReadOnlyDictionary<string, MetricDefinition> definitions,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = request.Keys;
        var metrics = db.Metrics.AsNoTracking();
        if (keys.Count > 0)
        {
            metrics = metrics.Where(m => keys.Contains(m.MetricKey!.Key));
        }

        var query =
            from m in metrics
            join r in db.Reports.AsNoTracking().Apply(request.Filter) on m.ReportId equals r.Id
            orderby r.Id, m.MetricKey!.Key
            select new
            {
                r.Id,
                r.Title,
                r.AgencyName,
                r.AgencyKind,
                r.RegionCode,
                RegionName = r.Region == null ? null : r.Region.Name,
                r.Year,
                r.Template,
                m.MetricKey!.Key,
                m.Value,
                m.Unit,
                m.Origin,
            };

        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new MetricExportRow(
                GlobalId.Encode(GlobalId.Report, row.Id), row.Title, row.AgencyName, row.AgencyKind?.StableId(), row.RegionCode, row.RegionName, row.Year,
                PublicNames.Of(row.Template), row.Key, definitions.TryGetValue(row.Key, out var definition) ? definition.Label : row.Key,
                row.Value, row.Unit, PublicNames.Of(row.Origin), PublicNames.Of(CellState.Printed));
        }
    }

    /// <summary>
    /// cells=true: per report, its metric rows (state printed) and a row for every template cell that has no metric
    /// (blank, not applicable, text, unread: empty value), ordered by key. Still one row per report × key.
    /// </summary>
    private static async IAsyncEnumerable<MetricExportRow> CellRowsAsync(
        ArchiveDbContext db, MetricExportRequest request, IReadOnlyDictionary<string, MetricDefinition> definitions,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = request.Keys;
        var keySet = keys.Count > 0 ? keys.ToHashSet(StringComparer.Ordinal) : null;
        var afterId = 0L;
        while (true)
        {
            var reports = await db.Reports.AsNoTracking().Apply(request.Filter).Where(r => r.Id > afterId).OrderBy(r => r.Id).Take(CellReportsPerBatch)
                .Select(r => new
                {
                    r.Id,
                    r.Title,
                    r.AgencyName,
                    r.AgencyKind,
                    r.RegionCode,
                    RegionName = r.Region == null ? null : r.Region.Name,
                    r.Year,
                    r.Template,
                    Cells = r.Cells == null ? null : r.Cells.Data,
                })
                .ToListAsync(cancellationToken);
            if (reports.Count == 0)
            {
                yield break;
            }

            afterId = reports[^1].Id;
            var ids = reports.Select(r => r.Id).ToList();
            var metrics = db.Metrics.AsNoTracking().Where(m => ids.Contains(m.ReportId));
            if (keys.Count > 0)
            {
                metrics = metrics.Where(m => keys.Contains(m.MetricKey!.Key));
            }

            var metricsOfReport = (await metrics.Select(m => new { m.ReportId, m.MetricKey!.Key, m.Value, m.Unit, m.Origin }).ToListAsync(cancellationToken))
                .ToLookup(m => m.ReportId);
            foreach (var report in reports)
            {
                var values = metricsOfReport[report.Id].Select(m => (m.Key, Value: (double?)m.Value, m.Unit, m.Origin, State: CellState.Printed)).ToList();
                if (report.Cells is not null)
                {
                    var withMetric = values.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
                    values.AddRange(TableCellCodec.Decode(report.Cells)
                        .Where(c => !withMetric.Contains(c.Key) && (keySet is null || keySet.Contains(c.Key)))
                        .DistinctBy(c => c.Key, StringComparer.Ordinal)
                        .Select(c => (c.Key, c.State == CellState.Printed && c.Value is { } v ? (double?)v : null, (string?)null, MetricOrigin.Table, c.State)));
                }

                var id = GlobalId.Encode(GlobalId.Report, report.Id);
                foreach (var value in values.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    yield return new MetricExportRow(
                        id, report.Title, report.AgencyName, report.AgencyKind?.StableId(), report.RegionCode, report.RegionName, report.Year,
                        PublicNames.Of(report.Template), value.Key, definitions.TryGetValue(value.Key, out var definition) ? definition.Label : value.Key,
                        value.Value, value.Unit, PublicNames.Of(value.Origin), PublicNames.Of(value.State));
                }
            }
        }
    }

    /// <summary>Appends <paramref name="row"/> as one CSV line (CRLF-terminated, RFC 4180), with its state in cells mode.</summary>
    public static StringBuilder AppendCsv(StringBuilder line, MetricExportRow row, bool withState)
    {
        AppendMetricColumns(line, row);
        if (withState)
        {
            line.Append(',').Append(row.State);
        }

        return line.Append("\r\n");
    }

    private static StringBuilder AppendMetricColumns(StringBuilder line, MetricExportRow row) => line
        .Append(row.ReportId).Append(',')
        .Append(CsvFormat.Text(row.Title)).Append(',')
        .Append(CsvFormat.Text(row.Agency)).Append(',')
        .Append(CsvFormat.Text(row.AgencyKind)).Append(',')
        .Append(CsvFormat.Text(row.RegionCode)).Append(',')
        .Append(CsvFormat.Text(row.RegionName)).Append(',')
        .Append(CsvFormat.Number(row.Year)).Append(',')
        .Append(CsvFormat.Text(row.Template)).Append(',')
        .Append(CsvFormat.Text(row.Key)).Append(',')
        .Append(CsvFormat.Text(row.Label)).Append(',')
        .Append(row.Value is { } value ? CsvFormat.Number(value) : string.Empty).Append(',')
        .Append(CsvFormat.Text(row.Unit)).Append(',')
        .Append(CsvFormat.Text(row.Origin));
}
