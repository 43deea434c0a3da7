using System.Globalization;
using System.Text;
using System.Text.Json;
using Archive.Api.Export;
using Archive.Api.GraphQL.Errors;
using Archive.Application.Querying;
using Archive.Cli.Commands.Search;
using Archive.Cli.Infrastructure;
using Archive.Core.Metrics;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Archive.Cli.Commands.Export;

public static class ExportHandler
{
    public static async Task<int> MetricsAsync(MetricsExportInput input, CliContext context, CancellationToken cancellationToken)
    {
        if (DataDirectory.Check("export", input.DataDirectory, mustHoldArchive: true, context, input.Database) is { } refused)
        {
            return refused;
        }

        // The same parameters, checks and messages as GET /export/metrics.csv.
        var query = new Dictionary<string, StringValues>(input.Filter, StringComparer.Ordinal);
        if (input.Keys.Count > 0)
        {
            query["keys"] = string.Join(',', input.Keys);
        }

        if (input.Cells)
        {
            query["cells"] = "true";
        }

        MetricExportRequest request;
        var definitions = MetricDictionary.All.ToDictionary(d => d.Key, StringComparer.Ordinal);
        try
        {
            request = MetricExportQuery.Parse(new QueryCollection(query));
            var unknown = request.Keys.Where(k => !definitions.ContainsKey(k)).ToList();
            if (unknown.Count > 0)
            {
                throw ArchiveError.BadUserInput($"unknown metric key(s): {string.Join(", ", unknown.Take(10))} (see `metricKeys` in the API)");
            }
        }
        catch (ArchiveError error)
        {
            context.Error.WriteLine($"archive export metrics: {error.Message}");
            return ExitCodes.Usage;
        }

        await using var services = CommandServices.Build(input.DataDirectory, input.Verbose, input.Database);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        await using var db = await services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync(cancellationToken);
        var rows = MetricExportRows.ReadAsync(db, request, definitions, cancellationToken);
        if (input.Format == ExportFormat.Json)
        {
            var all = new List<MetricExportRow>();
            await foreach (var row in rows)
            {
                all.Add(row);
            }

            context.Out.WriteLine(JsonSerializer.Serialize(new { totalCount = all.Count, rows = all }, SearchHandler.JsonOptions));
            return ExitCodes.Ok;
        }

        context.Out.Write(MetricExportRows.Header(request) + "\r\n");
        var line = new StringBuilder(256);
        await foreach (var row in rows)
        {
            context.Out.Write(MetricExportRows.AppendCsv(line.Clear(), row, request.Cells));
        }

        return ExitCodes.Ok;
    }

    public static async Task<int> SearchAsync(string queryText, int limit, ExportFormat format, string? dataDirectory, bool verbose, CliContext context, CancellationToken cancellationToken, string? database = null)
    {
        if (limit is < 1 or > SearchExportRows.MaxHits)
        {
            context.Error.WriteLine($"archive export search: --limit must be 1 to {SearchExportRows.MaxHits}");
            return ExitCodes.Usage;
        }

        if (DataDirectory.Check("export", dataDirectory, mustHoldArchive: true, context, database) is { } refused)
        {
            return refused;
        }

        await using var services = CommandServices.Build(dataDirectory, verbose, database);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (format == ExportFormat.Json)
        {
            SearchRunResult result;
            try
            {
                result = await SearchRun.RunAllAsync(services, queryText, limit, cancellationToken);
            }
            catch (Archive.Search.Querying.SearchSyntaxException ex)
            {
                context.Error.WriteLine($"archive export search: {ex.Message}");
                return ExitCodes.Usage;
            }

            context.Out.WriteLine(JsonSerializer.Serialize(new { totalCount = result.TotalCount, hits = result.Hits }, SearchHandler.JsonOptions));
            return ExitCodes.Ok;
        }

        // The rows and columns of GET /export/search.csv, page by page.
        await SearchRun.FollowFeedAsync(services, cancellationToken);
        services.GetRequiredService<ArchiveSearcher>().MaybeRefresh();
        var reports = services.GetRequiredService<ReportReader>();
        SearchExport export;
        try
        {
            export = await SearchExportRows.StartAsync(
                services.GetRequiredService<IReportSearch>(), reports, new SearchExportRequest(queryText, ReportFilter.None, SearchSort.Relevance, limit), cancellationToken);
        }
        catch (Archive.Search.Querying.SearchSyntaxException ex)
        {
            context.Error.WriteLine($"archive export search: {ex.Message}");
            return ExitCodes.Usage;
        }

        context.Out.Write(SearchExportRows.Header + "\r\n");
        var line = new StringBuilder(512);
        var written = 0;
        await foreach (var row in export.Rows.WithCancellation(cancellationToken))
        {
            context.Out.Write(SearchExportRows.AppendCsv(line.Clear(), row));
            written++;
        }

        if (written < export.TotalCount)
        {
            context.Error.WriteLine($"archive export search: {written} of {export.TotalCount} hits written (--limit {limit})");
        }

        return ExitCodes.Ok;
    }
}
