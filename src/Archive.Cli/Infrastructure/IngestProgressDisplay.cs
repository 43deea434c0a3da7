using Archive.Application.Ingestion;
using Spectre.Console;

namespace Archive.Cli.Infrastructure;

/// <summary>Runs an ingest with a progress bar on a terminal, or a line per tenth when stderr is redirected.</summary>
public static class IngestProgressDisplay
{
    public static async Task<IngestSummary> RunAsync(IngestService ingest, IReadOnlyList<string> paths, CliContext context, CancellationToken cancellationToken)
    {
        if (context.Interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
            return await console.Progress().AutoClear(true).StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("ingesting", maxValue: 1);
                var progress = new SynchronousProgress<IngestProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = $"ingesting {p.Done}/{p.Total}";
                });
                return await ingest.IngestAsync(paths, progress, cancellationToken);
            });
        }

        var lastTenth = -1;
        var plain = new SynchronousProgress<IngestProgress>(p =>
        {
            var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                context.Error.WriteLine($"ingest: {p.Done}/{p.Total} files ({tenth * 10}%)");
            }
        });
        return await ingest.IngestAsync(paths, plain, cancellationToken);
    }
}
