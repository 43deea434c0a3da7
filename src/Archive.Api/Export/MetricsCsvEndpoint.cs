using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Loaders;
using Archive.Api.Http;
using Archive.Storage;
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
    public static IReadOnlyList<string> Columns => MetricExportRows.Columns;

    public static IReadOnlyList<string> CellColumns => MetricExportRows.CellColumns;

    private const int FlushEveryRows = 2000;

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
            await CsvDownload.RefuseAsync(http, serializer, error, cancellationToken);
            return;
        }

        await CsvDownload.StreamAsync(
            http, "metrics.csv", MetricExportRows.Header(request), Rows(), (line, row) => MetricExportRows.AppendCsv(line, row, request.Cells), FlushEveryRows,
            (rows, ex) => Log.ExportFailed(logger, rows, ex), cancellationToken);

        // The rows own their DbContext, so it lives exactly as long as the download.
        async IAsyncEnumerable<MetricExportRow> Rows()
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            await foreach (var row in MetricExportRows.ReadAsync(db, request, definitions, cancellationToken))
            {
                yield return row;
            }
        }
    }
}
