using Archive.Application;
using Archive.Cli.Infrastructure;
using Archive.Core.Vocabulary;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands.Extract;

public static class ExtractHandler
{
    public static async Task<int> RunAsync(string file, bool json, bool explain, CliContext context, CancellationToken cancellationToken)
    {
        // No data directory is touched: extraction is pure.
        await using var services = new ServiceCollection().AddLogging()
            .AddArchiveServices(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var preparer = services.GetRequiredService<ReportPreparer>();
        try
        {
            var prepared = await preparer.PrepareFileAsync(file, cancellationToken);
            var report = prepared.Extracted;
            if (explain)
            {
                WriteExplanation(report, services.GetRequiredService<IReportExtractor>(), prepared.OriginalText, context);
                return ExitCodes.Ok;
            }

            if (json)
            {
                context.Out.WriteLine(ExtractedReportJson.Serialize(report));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"file      {report.File}");
            context.Out.WriteLine($"title     {report.Title ?? "-"}");
            context.Out.WriteLine($"agency    {report.Agency ?? "-"} ({report.AgencyKind?.StableId() ?? "-"})");
            context.Out.WriteLine($"region    {(report.Region is { } r ? $"{r.Code} {string.Join(" / ", r.Path)} ({r.Level.StableId()})" : "-")}");
            context.Out.WriteLine($"year      {report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            context.Out.WriteLine($"published {report.Published ?? "-"}");
            context.Out.WriteLine($"template  {report.Template.StableId()}");
            context.Out.WriteLine($"metrics   {report.Metrics.Count}");
            foreach (var metric in report.Metrics)
            {
                context.Out.WriteLine($"  {metric.Key} = {metric.Value} {metric.Unit} [{metric.Origin.StableId()}] {metric.Source.ReplaceLineEndings(" ")}");
            }

            context.Out.WriteLine($"cells     {report.Cells.Count}: {string.Join(", ", report.Cells.GroupBy(c => c.State).Select(g => $"{g.Key} {g.Count()}"))}");
            context.Out.WriteLine($"flags     {report.Flags.Count}");
            foreach (var flag in report.Flags)
            {
                context.Out.WriteLine($"  {flag.Kind.StableId()}: {flag.Detail}");
            }

            return ExitCodes.Ok;
        }
        catch (IngestException ex)
        {
            context.Error.WriteLine($"archive extract: {file}: {ex.Message}");
            return ExitCodes.Error;
        }
    }

    /// <summary>How each table was read, so a user sees why a number is missing.</summary>
    private static void WriteExplanation(Archive.Core.Reports.ExtractedReport report, IReportExtractor extractor, string text, CliContext context)
    {
        context.Out.WriteLine($"file      {report.File}");
        context.Out.WriteLine($"template  {report.Template.StableId()}");
        var tables = extractor is ReportExtractor reader ? reader.Explain(text) : [];
        if (tables.Count == 0)
        {
            context.Out.WriteLine("tables    none found (metrics, if any, come from prose)");
        }

        foreach (var table in tables)
        {
            context.Out.WriteLine(
                $"{table.Table,-10} shape {table.Shape}; rows {table.Rows}, columns {table.Columns}; cells {table.Cells}: "
                + $"read {table.Printed}, blank {table.Blank}, not applicable {table.NotApplicable}, unread {table.Unread}"
                + (table.Unreadable ? $" — unreadable ({table.Note}): no cell of it is read" : string.Empty));
        }

        var unread = report.Cells.Where(c => c.State == Archive.Core.Reports.CellState.Unread).Select(c => c.Key).ToList();
        if (unread.Count > 0)
        {
            context.Out.WriteLine($"unread    {unread.Count}: {string.Join(", ", unread.Take(12))}{(unread.Count > 12 ? ", …" : string.Empty)}");
        }

        var blank = report.Cells.Where(c => c.State is Archive.Core.Reports.CellState.Blank or Archive.Core.Reports.CellState.NotApplicable).Select(c => c.Key).ToList();
        if (blank.Count > 0)
        {
            context.Out.WriteLine($"blank     {blank.Count}: {string.Join(", ", blank.Take(12))}{(blank.Count > 12 ? ", …" : string.Empty)}");
        }
    }
}
