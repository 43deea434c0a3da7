using System.Globalization;
using System.Text;
using Archive.Api.GraphQL.Errors;
using Archive.Api.Http;
using Archive.Api.Querying;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Export;

/// <summary>
/// GET /export/search.csv?q=…: every hit of a search in its order (<see cref="SearchExportRows"/>), streamed page by
/// page, UTF-8 with a BOM so Excel shows the Chinese. The number of all matches is in <c>X-Total-Count</c>; bad
/// parameters and bad search syntax get a 400 with the same JSON errors as /graphql, before any row.
/// </summary>
public sealed class SearchCsvEndpoint(IReportSearch search, ReportReader reports, IGraphQLTextSerializer serializer, ILogger<SearchCsvEndpoint> logger)
{
    public const string TotalCountHeader = "X-Total-Count";

    // One flush per page of hits: the client sees rows as they are found, and a page is at most ~60 KB of CSV.
    private const int FlushEveryRows = 100;

    public async Task HandleAsync(HttpContext http)
    {
        var cancellationToken = http.RequestAborted;
        SearchExport export;
        try
        {
            var request = SearchExportQuery.Parse(http.Request.Query);
            try
            {
                export = await SearchExportRows.StartAsync(search, reports, request, cancellationToken);
            }
            catch (SearchSyntaxException ex)
            {
                throw ArchiveError.BadSearchSyntax(ex.Message);
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
        http.Response.Headers.ContentDisposition = "attachment; filename=\"search.csv\"";
        http.Response.Headers[TotalCountHeader] = export.TotalCount.ToString(CultureInfo.InvariantCulture);
        await http.Response.Body.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);

        long rows = 0;
        try
        {
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
            await writer.WriteAsync(SearchExportRows.Header + "\r\n");
            var line = new StringBuilder(512);
            await foreach (var row in export.Rows.WithCancellation(cancellationToken))
            {
                SearchExportRows.AppendCsv(line.Clear(), row);
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
            Log.SearchExportFailed(logger, rows, ex);
            http.Abort();
        }
    }
}
