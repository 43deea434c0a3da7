using System.Runtime.CompilerServices;
using System.Text;
using Archive.Api.GraphQL;
using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Loaders;
using Archive.Api.Http;
using Archive.Api.Querying;
using Archive.Core.Reports;
using Archive.Storage;
using Archive.Storage.Cells;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Export;

/// <summary>
/// GET /export/metrics.csv: one row per report × metric key, streamed from one query, UTF-8 with a BOM so
/// Excel shows the Chinese; with <c>cells=true</c> also the template cells without a number, and a state column.
/// Bad parameters get a 400 with the same JSON errors as /graphql.
/// </summary>
public sealed class MetricsCsvEndpoint(IDbContextFactory<ArchiveDbContext> contextFactory, IGraphQLTextSerializer serializer, ILogger<MetricsCsvEndpoint> logger)
{
    public static IReadOnlyList<string> Columns { get; } =
        ["reportId", "title", "agency", "agencyKind", "regionCode", "regionName", "year", "template", "key", "label", "value", "unit", "origin"];

    /// <summary>The columns with <c>cells=true</c>: today's, then the cell's state.</summary>
    public static IReadOnlyList<string> CellColumns { get; } = [.. Columns, "state"];

    private const int FlushEveryRows = 2000;

    // Reports read per round in cells mode: their metrics and cell blobs are merged in memory (~130 rows each).
    private const int CellReportsPerBatch = 256;

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        MetricExportRequest request;
        IReadOnlyDictionary<string, Core.Metrics.MetricDefinition> definitions;
        try
        {
            request = MetricExportQuery.Parse(http.Request.Query);
            definitions = await http.RequestServices.GetRequiredService<MetricLabels>().GetAsync(cancellationToken);
            var unknown = request.Keys.Where(k => !definitions.ContainsKey(k)).ToList();
            if (unknown.Count > 0)
            {
                throw ArchiveError.NotFound($"unknown metric key(s): {string.Join(", ", unknown.Take(10))}");
            }
        }
        catch (ArchiveError error)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.ContentType = ResponseMediaTypes.Json + "; charset=utf-8";
            await serializer.WriteAsync(http.Response.Body, new ExecutionResult(error), cancellationToken);
            return;
        }

        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"metrics.csv\"";
        await http.Response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);

        long rows = 0;
        try
        {
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
            await writer.WriteAsync(string.Join(',', request.Cells ? CellColumns : Columns) + "\r\n");

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var rowsOfReports = request.Cells ? CellRowsAsync(db, request, cancellationToken) : MetricRowsAsync(db, request, cancellationToken);
            var line = new StringBuilder(256);
            await foreach (var row in rowsOfReports.WithCancellation(cancellationToken))
            {
                var (report, metric) = row;
                line.Clear()
                    .Append(GlobalId.Encode(GlobalId.Report, report.Id)).Append(',')
                    .Append(CsvFormat.Text(report.Title)).Append(',')
                    .Append(CsvFormat.Text(report.AgencyName)).Append(',')
                    .Append(CsvFormat.Text(report.AgencyKind)).Append(',')
                    .Append(CsvFormat.Text(report.RegionCode)).Append(',')
                    .Append(CsvFormat.Text(report.RegionName)).Append(',')
                    .Append(CsvFormat.Number(report.Year)).Append(',')
                    .Append(CsvFormat.Text(report.Template)).Append(',')
                    .Append(CsvFormat.Text(metric.Key)).Append(',')
                    .Append(CsvFormat.Text(definitions.TryGetValue(metric.Key, out var definition) ? definition.Label : metric.Key)).Append(',')
                    .Append(metric.Value is { } value ? CsvFormat.Number(value) : string.Empty).Append(',')
                    .Append(CsvFormat.Text(metric.Unit)).Append(',')
                    .Append(CsvFormat.Text(metric.Origin));
                if (request.Cells)
                {
                    line.Append(',').Append(CsvFormat.Text(StateName(metric.State)));
                }

                await writer.WriteAsync(line.Append("\r\n"), cancellationToken);
                if (++rows % FlushEveryRows == 0)
                {
                    await writer.FlushAsync(cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The status line is gone already: cut the response so the client sees a broken download, not a short file.
            Log.ExportFailed(logger, rows, ex);
            http.Abort();
        }
    }

    /// <summary>Today's export: one query, one row per report × metric, ordered by report and key.</summary>
    private static async IAsyncEnumerable<(ExportReport Report, ExportValue Value)> MetricRowsAsync(
        ArchiveDbContext db, MetricExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
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
                Report = new ExportReport(r.Id, r.Title, r.AgencyName, r.AgencyKind, r.RegionCode, r.Region == null ? null : r.Region.Name, r.Year, r.Template),
                m.Key,
                m.Value,
                m.Unit,
                m.Origin,
            };
        await foreach (var row in query.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return (row.Report, new ExportValue(row.Key, row.Value, row.Unit, row.Origin, CellState.Printed));
        }
    }

    /// <summary>
    /// cells=true: per report, its metric rows (state printed) and a row for every template cell that has no metric
    /// (blank, not applicable, text, unread: empty value), ordered by key. Still one row per report × key.
    /// </summary>
    private static async IAsyncEnumerable<(ExportReport Report, ExportValue Value)> CellRowsAsync(
        ArchiveDbContext db, MetricExportRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var keys = request.Keys;
        var keySet = keys.Count > 0 ? keys.ToHashSet(StringComparer.Ordinal) : null;
        var afterId = 0L;
        while (true)
        {
            var reports = await db.Reports.AsNoTracking().Apply(request.Filter).Where(r => r.Id > afterId).OrderBy(r => r.Id).Take(CellReportsPerBatch)
                .Select(r => new
                {
                    Report = new ExportReport(r.Id, r.Title, r.AgencyName, r.AgencyKind, r.RegionCode, r.Region == null ? null : r.Region.Name, r.Year, r.Template),
                    Cells = r.Cells == null ? null : r.Cells.Data,
                })
                .ToListAsync(cancellationToken);
            if (reports.Count == 0)
            {
                yield break;
            }

            afterId = reports[^1].Report.Id;
            var ids = reports.Select(r => r.Report.Id).ToList();
            var metrics = db.Metrics.AsNoTracking().Where(m => ids.Contains(m.ReportId));
            if (keys.Count > 0)
            {
                metrics = metrics.Where(m => keys.Contains(m.Key));
            }

            var metricsOfReport = (await metrics.Select(m => new { m.ReportId, m.Key, m.Value, m.Unit, m.Origin }).ToListAsync(cancellationToken))
                .ToLookup(m => m.ReportId);
            foreach (var report in reports)
            {
                var values = metricsOfReport[report.Report.Id].Select(m => new ExportValue(m.Key, m.Value, m.Unit, m.Origin, CellState.Printed)).ToList();
                if (report.Cells is not null)
                {
                    var withMetric = values.Select(v => v.Key).ToHashSet(StringComparer.Ordinal);
                    values.AddRange(TableCellCodec.Decode(report.Cells)
                        .Where(c => !withMetric.Contains(c.Key) && (keySet is null || keySet.Contains(c.Key)))
                        .DistinctBy(c => c.Key, StringComparer.Ordinal)
                        .Select(c => new ExportValue(c.Key, c.State == CellState.Printed && c.Value is { } v ? (double)v : null, null, MetricOrigins.Table, c.State)));
                }

                foreach (var value in values.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    yield return (report.Report, value);
                }
            }
        }
    }

    private static string StateName(CellState state) => state switch
    {
        CellState.Printed => "printed",
        CellState.Blank => "blank",
        CellState.NotApplicable => "not_applicable",
        CellState.Text => "text",
        _ => "unread",
    };

    /// <summary>The report columns of an export row.</summary>
    private sealed record ExportReport(long Id, string? Title, string? AgencyName, string? AgencyKind, string? RegionCode, string? RegionName, int? Year, string Template);

    /// <summary>The value columns of an export row; <paramref name="Value"/> is null for a cell with no number.</summary>
    private sealed record ExportValue(string Key, double? Value, string? Unit, string Origin, CellState State);
}
