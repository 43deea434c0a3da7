using Archive.Api.Ingestion;
using Archive.Cli.Infrastructure;
using Archive.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Archive.Cli.Commands.Ingest;

public static class IngestHandler
{
    public static async Task<int> RunAsync(IngestInput input, CliContext context, CancellationToken cancellationToken)
    {
        await using var services = CommandServices.Build(input.DataDirectory, input.Verbose);
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        var ingest = services.GetRequiredService<IngestService>();

        IngestSummary summary;
        if (context.Interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
            summary = await console.Progress().AutoClear(true).StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("ingesting", maxValue: 1);
                var progress = new SynchronousProgress<IngestProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Done;
                    task.Description = $"ingesting {p.Done}/{p.Total}";
                });
                return await ingest.IngestAsync(input.Paths, progress, cancellationToken);
            });
        }
        else
        {
            var lastPercent = -1;
            var progress = new SynchronousProgress<IngestProgress>(p =>
            {
                var percent = p.Total == 0 ? 100 : p.Done * 100 / p.Total;
                if (percent / 10 != lastPercent / 10)
                {
                    lastPercent = percent;
                    context.Error.WriteLine($"ingest: {p.Done}/{p.Total} files ({percent}%)");
                }
            });
            summary = await ingest.IngestAsync(input.Paths, progress, cancellationToken);
        }

        foreach (var failure in summary.Failures)
        {
            context.Error.WriteLine($"failed: {failure.Path}: {failure.Reason}");
        }

        context.Out.WriteLine(summary.ToString());
        return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.SomeFilesFailed;
    }
}
