using System.Globalization;
using Archive.Api.GraphQL.Errors;
using Archive.Api.Http;
using Archive.Application.Querying;
using Archive.Search.Querying;
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
            await CsvDownload.RefuseAsync(http, serializer, error, cancellationToken);
            return;
        }

        http.Response.Headers[TotalCountHeader] = export.TotalCount.ToString(CultureInfo.InvariantCulture);
        await CsvDownload.StreamAsync(
            http, "search.csv", SearchExportRows.Header, export.Rows, (line, row) => SearchExportRows.AppendCsv(line, row), FlushEveryRows,
            (rows, ex) => Log.SearchExportFailed(logger, rows, ex), cancellationToken);
    }
}
