using System.Runtime.CompilerServices;
using System.Text;
using Archive.Api.GraphQL;
using Archive.Api.Querying;
using Archive.Api.Vocabulary;
using Archive.Core.Metrics;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.Export;

/// <summary>One row of the metrics export: a report × a metric key, spelled as every public surface spells it.</summary>
public sealed record MetricExportRow(
    string ReportId, string? Title, string? Agency, string? AgencyKind, string? RegionCode, string? RegionName, int? Year,
    string Template, string Key, string Label, double Value, string? Unit, string Origin);

/// <summary>
/// The rows of /export/metrics.csv and `archive export metrics`, streamed from one query in report order. Both
/// surfaces write them through <see cref="AppendCsv"/> (or as JSON), so the CSV is the same wherever it comes from.
/// </summary>
public static class MetricExportRows
{
    public static IReadOnlyList<string> Columns { get; } =
        ["reportId", "title", "agency", "agencyKind", "regionCode", "regionName", "year", "template", "key", "label", "value", "unit", "origin"];

    public static string CsvHeader { get; } = string.Join(',', Columns);

    public static async IAsyncEnumerable<MetricExportRow> ReadAsync(
        ArchiveDbContext db, MetricExportRequest request, IReadOnlyDictionary<string, MetricDefinition> definitions,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = request.Keys;
        var metrics = db.Metrics.AsNoTracking();
        if (keys.Count > 0)
        {
            metrics = metrics.Where(m => keys.Contains(m.Key));
        }

        var query =
            from m in metrics
            join r in db.Reports.AsNoTracking().Apply(request.Filter) on m.ReportId equals r.Id
            orderby r.Id, m.Key
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
                m.Key,
                m.Value,
                m.Unit,
                m.Origin,
            };

        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return new MetricExportRow(
                GlobalId.Encode(GlobalId.Report, row.Id), row.Title, row.AgencyName, row.AgencyKind, row.RegionCode, row.RegionName, row.Year,
                PublicNames.Template(row.Template), row.Key, definitions.TryGetValue(row.Key, out var definition) ? definition.Label : row.Key,
                row.Value, row.Unit, PublicNames.Origin(row.Origin));
        }
    }

    /// <summary>Appends <paramref name="row"/> as one CSV line (CRLF-terminated, RFC 4180).</summary>
    public static StringBuilder AppendCsv(StringBuilder line, MetricExportRow row) => line
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
        .Append(CsvFormat.Number(row.Value)).Append(',')
        .Append(CsvFormat.Text(row.Unit)).Append(',')
        .Append(CsvFormat.Text(row.Origin)).Append("\r\n");
}
