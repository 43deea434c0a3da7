using System.Text;
using Archive.Api.GraphQL;
using Archive.Api.GraphQL.Errors;
using Archive.Api.GraphQL.Loaders;
using Archive.Api.Http;
using Archive.Api.Querying;
using Archive.Api.Vocabulary;
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
            await writer.WriteAsync(MetricExportRows.Header(request) + "\r\n");

            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var line = new StringBuilder(256);
            await foreach (var row in MetricExportRows.ReadAsync(db, request, definitions, cancellationToken))
            {
                MetricExportRows.AppendCsv(line.Clear(), row, request.Cells);
                await writer.WriteAsync(line, cancellationToken);
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
}
