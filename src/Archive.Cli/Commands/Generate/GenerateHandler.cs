using System.Diagnostics;
using Archive.Cli.Infrastructure;
using Archive.Samples.Generation;
using Spectre.Console;

namespace Archive.Cli.Commands.Generate;

public static class GenerateHandler
{
    public static async Task<int> RunAsync(GenerateInput input, CliContext context, CancellationToken cancellationToken)
    {
        var options = input.Series
            ? new GeneratorOptions(input.Count, input.Seed, ErrorRate: 0) { AnomalyRate = 0, Series = new SeriesOptions() }
            : new GeneratorOptions(input.Count, input.Seed, input.ErrorRate);
        var outDir = Path.GetFullPath(input.OutDirectory);
        var stopwatch = Stopwatch.StartNew();
        int written;
        if (context.Interactive && input.Count > 0)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
            written = await console.Progress().AutoClear(true).StartAsync(async progressContext =>
            {
                var task = progressContext.AddTask("generating", maxValue: input.Count);
                // Reports finish on worker threads; the bar only needs the latest count.
                var progress = new SynchronousProgress<int>(done => task.Value = Math.Max(task.Value, done));
                return await ReportGenerator.WriteAsync(outDir, options, progress, cancellationToken);
            });
        }
        else
        {
            var lastTenth = 0;
            var gate = new object();
            var progress = new SynchronousProgress<int>(done =>
            {
                var tenth = input.Count == 0 ? 10 : done * 10 / input.Count;
                lock (gate)
                {
                    if (tenth > lastTenth)
                    {
                        lastTenth = tenth;
                        context.Error.WriteLine($"generate: {done}/{input.Count} reports ({tenth * 10}%)");
                    }
                }
            });
            written = await ReportGenerator.WriteAsync(outDir, options, progress, cancellationToken);
        }

        context.Out.WriteLine($"generated {written} reports (seed {input.Seed}, error rate {input.ErrorRate:0.###}) in {outDir} in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        return ExitCodes.Ok;
    }
}
