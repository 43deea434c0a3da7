using Archive.Api;
using Archive.Cli.Infrastructure;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Cli.Commands.Extract;

public static class ExtractHandler
{
    public static async Task<int> RunAsync(string file, bool json, CliContext context, CancellationToken cancellationToken)
    {
        // No data directory is touched: extraction is pure.
        await using var services = new ServiceCollection().AddLogging()
            .AddArchiveServices(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var preparer = services.GetRequiredService<ReportPreparer>();
        try
        {
            var prepared = await preparer.PrepareFileAsync(file, cancellationToken);
            var report = prepared.Extracted;
            if (json)
            {
                context.Out.WriteLine(ExtractedReportJson.Serialize(report));
                return ExitCodes.Ok;
            }

            context.Out.WriteLine($"file      {report.File}");
            context.Out.WriteLine($"title     {report.Title ?? "-"}");
            context.Out.WriteLine($"agency    {report.Agency ?? "-"} ({report.AgencyKind ?? "-"})");
            context.Out.WriteLine($"region    {(report.Region is { } r ? $"{r.Code} {string.Join(" / ", r.Path)} ({r.Level})" : "-")}");
            context.Out.WriteLine($"year      {report.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
            context.Out.WriteLine($"published {report.Published ?? "-"}");
            context.Out.WriteLine($"template  {report.Template}");
            context.Out.WriteLine($"metrics   {report.Metrics.Count}");
            foreach (var metric in report.Metrics)
            {
                context.Out.WriteLine($"  {metric.Key} = {metric.Value} {metric.Unit} [{metric.Origin}] {metric.Source.ReplaceLineEndings(" ")}");
            }

            context.Out.WriteLine($"flags     {report.Flags.Count}");
            foreach (var flag in report.Flags)
            {
                context.Out.WriteLine($"  {flag.Kind}: {flag.Detail}");
            }

            return ExitCodes.Ok;
        }
        catch (IngestException ex)
        {
            context.Error.WriteLine($"archive extract: {file}: {ex.Message}");
            return ExitCodes.Error;
        }
    }
}
